<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>কক্ষ</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>সহায়কগণ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <source>today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>{0} present, {1} late, {2} excused, {3} absent — {4} expected</source>
        <translation>{0} জন উপস্থিত, {1} জন দেরিতে, {2} জন ছুটিতে, {3} জন অনুপস্থিত — প্রত্যাশিত {4} জন</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>session</source>
        <translation>সেশন</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>পূর্ণাঙ্গ অধিবেশন</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>কর্মশালা</translation>
    </message>
    <message>
        <source>hands-on lab</source>
        <translation>হাতে-কলমে ল্যাব</translation>
    </message>
    <message>
        <source>group planning</source>
        <translation>দলীয় পরিকল্পনা</translation>
    </message>
    <message>
        <source>reflection circle</source>
        <translation>প্রতিফলন সার্কেল</translation>
    </message>
    <message>
        <source>break</source>
        <translation>বিরতি</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>১টি সেশন</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0}টি সেশন</translation>
    </message>
    <message>
        <source>Add session “{0}”</source>
        <translation>“{0}” সেশন যোগ</translation>
    </message>
    <message>
        <source>Edit session “{0}”</source>
        <translation>“{0}” সেশন সম্পাদনা</translation>
    </message>
    <message>
        <source>Delete session “{0}”</source>
        <translation>“{0}” সেশন মোছা</translation>
    </message>
    <message>
        <source>Add session…</source>
        <extracomment>Insert, and Ctrl+N (&quot;new&quot; in every section): an action, so F1&apos;s sheet lists them.</extracomment>
        <translation>সেশন যোগ করুন…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>সেশন সম্পাদনা…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>সেশন মুছুন</translation>
    </message>
    <message>
        <source>now</source>
        <translation>এখন</translation>
    </message>
    <message>
        <source>next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>last today</source>
        <translation>আজকের শেষ</translation>
    </message>
    <message>
        <source>Open or create an event (Event menu) to plan its agenda.</source>
        <translation>কর্মসূচি সাজাতে একটি ইভেন্ট খুলুন বা তৈরি করুন (ইভেন্ট মেনু)।</translation>
    </message>
    <message>
        <source>No sessions yet — Add… (Insert) creates the first one.</source>
        <translation>এখনও কোনো সেশন নেই — যোগ করুন… (Insert) দিয়ে প্রথমটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>১ দিন</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} দিন</translation>
    </message>
    <message>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt; {2}–{3}</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt; {2}–{3}</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}, {2})?</source>
        <translation>“{0}” ({1}, {2}) মুছে ফেলবেন?</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>কর্মসূচি</translation>
    </message>
    <message>
        <source>The check-in recorded for it stays in the store.</source>
        <translation>এর জন্য নথিভুক্ত চেক-ইনটি সংরক্ষিত থাকবে।</translation>
    </message>
    <message>
        <source>The {0} check-ins recorded for it stay in the store.</source>
        <translation>এর জন্য নথিভুক্ত {0}টি চেক-ইন সংরক্ষিত থাকবে।</translation>
    </message>
    <message>
        <source>Ctrl+Z brings the session back.</source>
        <translation>Ctrl+Z চাপলে সেশনটি ফিরে আসবে।</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a session (Insert or Ctrl+N)</source>
        <translation>একটি সেশন যোগ করুন (Insert বা Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা (&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the chosen session (Enter or double-click)</source>
        <translation>বাছাই করা সেশন সম্পাদনা করুন (Enter বা ডাবল-ক্লিক)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the chosen session (Delete); Ctrl+Z brings it back</source>
        <translation>বাছাই করা সেশন মুছুন (Delete); Ctrl+Z চাপলে ফিরে আসবে</translation>
    </message>
    <message>
        <source>Agenda: sessions by day</source>
        <translation>কর্মসূচি: দিন অনুযায়ী সেশন</translation>
    </message>
    <message>
        <source>Insert or Ctrl+N adds a session · Enter edits · Delete removes · Ctrl+Z undoes</source>
        <translation>Insert বা Ctrl+N নতুন সেশন · Enter সম্পাদনা · Delete মুছে ফেলে · Ctrl+Z পূর্বাবস্থায় ফেরায়</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The store {0} is not there (is the USB stick in?): this is the default store.</source>
        <extracomment>Families tried in order for every character, so Latin, Bengali and Arabic all render. Bengali comes first: Qt tries the first family for every script in a line and, for a script that needs OpenType shaping (Bengali does; Latin and Arabic do not in Qt&apos;s reckoning), logs &quot;OpenType support missing&quot; when that family has none, before it falls back. The Bengali font has no Latin letters, so Latin and Arabic text fall through to Noto Sans and Noto Sans Arabic glyph by glyph, silently.</extracomment>
        <translation>স্টোর {0} পাওয়া যাচ্ছে না (USB স্টিকটি লাগানো আছে তো?): এখন ডিফল্ট স্টোরটি খোলা।</translation>
    </message>
    <message>
        <source>{0} — this is the default store.</source>
        <translation>{0} — এখন ডিফল্ট স্টোরটি খোলা।</translation>
    </message>
    <message>
        <source>WLT Desk</source>
        <translation>WLT Desk</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <extracomment>Latest check-ins shown while the search field is empty.</extracomment>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <source>late</source>
        <translation>দেরিতে</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>ছুটিতে</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <source>No logos</source>
        <translation>কোনো লোগো নেই</translation>
    </message>
    <message>
        <source>1 logo</source>
        <translation>১টি লোগো</translation>
    </message>
    <message>
        <source>%1 logos</source>
        <translation>%1টি লোগো</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>সংরক্ষণ করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>একটি লোগো বেছে নিন</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>ছবি (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>এই লোগোটি ব্যবহার করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>On every certificate</source>
        <translation>প্রতিটি সনদপত্রে</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>স্বাক্ষর করবেন (&amp;G):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>First signatory&apos;s name</source>
        <translation>প্রথম স্বাক্ষরকারীর নাম</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>First signatory&apos;s title</source>
        <translation>প্রথম স্বাক্ষরকারীর পদবি</translation>
    </message>
    <message>
        <source>Second signatory&apos;s name</source>
        <translation>দ্বিতীয় স্বাক্ষরকারীর নাম</translation>
    </message>
    <message>
        <source>Second signatory&apos;s title</source>
        <translation>দ্বিতীয় স্বাক্ষরকারীর পদবি</translation>
    </message>
    <message>
        <source>Third signatory&apos;s name</source>
        <translation>তৃতীয় স্বাক্ষরকারীর নাম</translation>
    </message>
    <message>
        <source>Third signatory&apos;s title</source>
        <translation>তৃতীয় স্বাক্ষরকারীর পদবি</translation>
    </message>
    <message>
        <source>Logos:</source>
        <translation>লোগো:</translation>
    </message>
    <message>
        <source>&amp;Add logo…</source>
        <translation>লোগো যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file; up to three logos</source>
        <translation>একটি PNG বা JPEG ফাইল; সর্বোচ্চ তিনটি লোগো</translation>
    </message>
    <message>
        <source>Remove logos</source>
        <translation>লোগো সরান</translation>
    </message>
    <message>
        <source>Da&amp;ted:</source>
        <translation>তারিখ (&amp;T):</translation>
    </message>
    <message>
        <source>Unticked: the event&apos;s last day</source>
        <translation>টিক না থাকলে: ইভেন্টের শেষ দিন</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>প্রদানের তারিখ</translation>
    </message>
    <message>
        <source>N&amp;umbers start:</source>
        <translation>নম্বরের শুরু (&amp;U):</translation>
    </message>
    <message>
        <source>What certificate numbers start with</source>
        <translation>সনদপত্রের নম্বর কী দিয়ে শুরু হবে</translation>
    </message>
</context>
<context>
    <name>CheckInPane</name>
    <message>
        <source>Check in {0}</source>
        <translation>{0}-এর চেক-ইন</translation>
    </message>
    <message>
        <source>Present {0} (late {1}) / expected {2}</source>
        <translation>উপস্থিত {0} (দেরিতে {1}) / প্রত্যাশিত {2}</translation>
    </message>
    <message>
        <source>No session yet — add one in the Agenda</source>
        <extracomment>The roster&apos;s search index (empty while ``loading`` builds the open event&apos;s). The match was chosen with the arrows or the mouse, not left on the top one. The text Enter has asked about: a second Enter checks in the match shown. The text a failed search put in the walk-in box, until it is used or stale. The session&apos;s counts, read off the GUI thread (a count of the whole roster).</extracomment>
        <translation>এখনও কোনো সেশন নেই — কর্মসূচিতে একটি যোগ করুন</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>তালিকা লোড হচ্ছে…</translation>
    </message>
    <message>
        <source>Matches: {0}</source>
        <translation>মিলেছে: {0}</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>সর্বশেষ চেক-ইন</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>এখনও কোনো চেক-ইন হয়নি</translation>
    </message>
    <message>
        <source>Add a session in the Agenda first.</source>
        <translation>আগে কর্মসূচিতে একটি সেশন যোগ করুন।</translation>
    </message>
    <message>
        <source>The roster is still loading — press Enter again when the matches show.</source>
        <translation>তালিকা এখনও লোড হচ্ছে — মিলগুলো দেখা দিলে আবার Enter চাপুন।</translation>
    </message>
    <message>
        <source>No one matches “{0}”. Register them as a walk-in below.</source>
        <translation>“{0}”-এর সাথে কেউ মেলেনি। নিচে সরাসরি আগত হিসেবে নিবন্ধন করুন।</translation>
    </message>
    <message>
        <source>{0} people match “{1}”.</source>
        <translation>“{1}”-এর সাথে {0} জন মিলে যায়।</translation>
    </message>
    <message>
        <source>Enter again checks in {0} — or choose with ↑/↓.</source>
        <translation>আবার Enter চাপলে {0}-এর চেক-ইন হবে — অথবা ↑/↓ দিয়ে বেছে নিন।</translation>
    </message>
    <message>
        <source>Already checked in: {0} at {1}</source>
        <translation>আগেই চেক-ইন হয়েছে: {1}-এ {0}</translation>
    </message>
    <message>
        <source>Checked in: {0} at {1}</source>
        <translation>চেক-ইন হয়েছে: {1}-এ {0}</translation>
    </message>
    <message>
        <source>Walk-in undone: not checked in, and off the roster again</source>
        <translation>সরাসরি আগত বাতিল: চেক-ইন হয়নি, তালিকা থেকেও সরানো হয়েছে</translation>
    </message>
    <message>
        <source>Check-in undone: not checked in</source>
        <translation>চেক-ইন বাতিল: এখন চেক-ইন করা নেই</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>সেশন (&amp;S):</translation>
    </message>
    <message>
        <source>Type a name, username or scan a badge — Enter checks in</source>
        <translation>নাম বা ইউজারনেম লিখুন, অথবা ব্যাজ স্ক্যান করুন — Enter চাপলে চেক-ইন</translation>
    </message>
    <message>
        <source>Search people to check in</source>
        <translation>চেক-ইনের জন্য মানুষ খুঁজুন</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>মিলে যাওয়া মানুষ</translation>
    </message>
    <message>
        <source>Walk-in (not on the roster)</source>
        <translation>সরাসরি আগত (তালিকায় নেই)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Walk-in name</source>
        <translation>সরাসরি আগতের নাম</translation>
    </message>
    <message>
        <source>Name in local script (optional)</source>
        <translation>স্থানীয় লিপিতে নাম (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Walk-in name in local script</source>
        <translation>স্থানীয় লিপিতে সরাসরি আগতের নাম</translation>
    </message>
    <message>
        <source>Register &amp;&amp; check in</source>
        <translation>নিবন্ধন ও চেক-ইন</translation>
    </message>
    <message>
        <source>Check in the chosen person</source>
        <translation>বাছাই করা ব্যক্তির চেক-ইন করুন</translation>
    </message>
    <message>
        <source>Choose the match above</source>
        <translation>উপরের জনকে বাছুন</translation>
    </message>
    <message>
        <source>Choose the match below</source>
        <translation>নিচের জনকে বাছুন</translation>
    </message>
    <message>
        <source>Ten matches up</source>
        <translation>দশ জন উপরে</translation>
    </message>
    <message>
        <source>Ten matches down</source>
        <translation>দশ জন নিচে</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>খোঁজ মুছে ফেলুন</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <source>— no group —</source>
        <translation>— কোনো গ্রুপ নয় —</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>নতুন সার্কেল</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>তৈরি করুন</translation>
    </message>
    <message>
        <source>Edit circle</source>
        <translation>সার্কেল সম্পাদনা</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Speakers ticked: {0}. Drag, or Alt+Up/Down, to reorder by hand.</source>
        <translation>টিক দেওয়া বক্তা: {0} জন। নিজে ক্রম বদলাতে টেনে আনুন, অথবা Alt+Up/Down চাপুন।</translation>
    </message>
    <message>
        <source>Choose the session the circle belongs to.</source>
        <translation>সার্কেলটি কোন সেশনের, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>সার্কেল</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনাম (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>সেশন (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>গ্রুপ (&amp;G):</translation>
    </message>
    <message>
        <source>T&amp;ime per speaker:</source>
        <translation>প্রত্যেক বক্তার সময় (&amp;I):</translation>
    </message>
    <message>
        <source>Minutes and seconds per speaker</source>
        <translation>প্রত্যেক বক্তার জন্য মিনিট ও সেকেন্ড</translation>
    </message>
    <message>
        <source>Type 3 for three minutes, 1:30 for a minute and a half</source>
        <translation>তিন মিনিটের জন্য ৩ লিখুন, দেড় মিনিটের জন্য ১:৩০</translation>
    </message>
    <message>
        <source>Speakers may &amp;pass</source>
        <translation>বক্তা পাস করতে পারবেন (&amp;P)</translation>
    </message>
    <message>
        <source>Speaking &amp;order:</source>
        <translation>বলার ক্রম (&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>এলোমেলো করুন (&amp;H)</translation>
    </message>
    <message>
        <source>Draw a new random order</source>
        <translation>নতুন করে এলোমেলো ক্রম তৈরি করুন</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>প্রশ্ন</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>প্রশ্নের সংগ্রহ</translation>
    </message>
    <message>
        <source>Double-click or Enter adds the prompt to the circle</source>
        <translation>ডাবল-ক্লিক বা Enter চাপলে প্রশ্নটি সার্কেলে যোগ হয়</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>ভাষা (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Use prompt</source>
        <translation>প্রশ্নটি নিন (&amp;U)</translation>
    </message>
    <message>
        <source>Your own prompt…</source>
        <translation>আপনার নিজের প্রশ্ন…</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>আপনার নিজের প্রশ্ন</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>যোগ করুন (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep my own prompts in the event&apos;s library</source>
        <translation>আমার নিজের প্রশ্নগুলো ইভেন্টের সংগ্রহে রাখুন (&amp;K)</translation>
    </message>
    <message>
        <source>In this circle:</source>
        <translation>এই সার্কেলে:</translation>
    </message>
    <message>
        <source>Prompts of the circle</source>
        <translation>সার্কেলের প্রশ্নগুলো</translation>
    </message>
    <message>
        <source>&amp;Remove prompt</source>
        <translation>প্রশ্ন সরান (&amp;R)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>বক্তা</translation>
    </message>
    <message>
        <source>Speakers in speaking order</source>
        <translation>বলার ক্রম অনুযায়ী বক্তারা</translation>
    </message>
    <message>
        <source>Tick who sits in the circle; drag, or Alt+Up/Down, to reorder by hand</source>
        <translation>সার্কেলে কারা বসবেন, টিক দিন; নিজে ক্রম বদলাতে টেনে আনুন, অথবা Alt+Up/Down চাপুন</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>উপরে নিন (&amp;V)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>নিচে নিন (&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
</context>
<context>
    <name>CirclesPane</name>
    <message>
        <source>Private — only me</source>
        <extracomment>The id a list item stands for (a person, a prompt, a circle).</extracomment>
        <translation>ব্যক্তিগত — শুধু আমি</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>আয়োজকেরা</translation>
    </message>
    <message>
        <source>Public — in the report</source>
        <translation>প্রকাশ্য — প্রতিবেদনে থাকবে</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>এলোমেলো</translation>
    </message>
    <message>
        <source>As seated</source>
        <translation>যেভাবে বসে আছেন</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>নিজে সাজানো</translation>
    </message>
    <message>
        <source>Me, the facilitator (every note)</source>
        <translation>আমি, সহায়ক (সব নোট)</translation>
    </message>
    <message>
        <source>The public report</source>
        <translation>প্রকাশ্য প্রতিবেদন</translation>
    </message>
    <message>
        <source>English and Bengali</source>
        <translation>ইংরেজি ও বাংলা</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ইংরেজি</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>বাংলা</translation>
    </message>
    <message>
        <source>Delete circle “{0}”</source>
        <translation>“{0}” সার্কেল মুছুন</translation>
    </message>
    <message>
        <source>Add note “{0}”</source>
        <translation>“{0}” নোট যোগ করুন</translation>
    </message>
    <message>
        <source>Delete note “{0}”</source>
        <translation>“{0}” নোট মুছুন</translation>
    </message>
    <message>
        <source>About</source>
        <translation>কার বিষয়ে</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>কারা দেখতে পাবেন</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>বিষয়বস্তু</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Open or create an event (Event menu) first.</source>
        <extracomment>red over time, grey while paused, in the scheme in force</extracomment>
        <translation>আগে একটি ইভেন্ট খুলুন বা তৈরি করুন (ইভেন্ট মেনু)।</translation>
    </message>
    <message>
        <source>No circle yet — New… (Ctrl+N) sets one up for a session.</source>
        <translation>এখনো কোনো সার্কেল নেই — নতুন… (Ctrl+N) দিয়ে একটি সেশনের জন্য সার্কেল তৈরি করুন।</translation>
    </message>
    <message>
        <source>No speakers — Edit… to tick who sits in the circle.</source>
        <translation>কোনো বক্তা নেই — সম্পাদনা… খুলে টিক দিন, কারা সার্কেলে বসবেন।</translation>
    </message>
    <message>
        <source>The round is complete.</source>
        <translation>এই পর্ব শেষ হয়েছে।</translation>
    </message>
    <message>
        <source>{0} spoke, {1} passed. Back (←) returns to the last speaker.</source>
        <translation>{0} জন বলেছেন, {1} জন পাস করেছেন। ফিরে যান (←) চাপলে শেষ বক্তার কাছে ফেরা যায়।</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>এরপর: {0}</translation>
    </message>
    <message>
        <source>Last speaker</source>
        <translation>শেষ বক্তা</translation>
    </message>
    <message>
        <source>◀ now</source>
        <translation>◀ এখন</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>পাস করেছেন</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>বিরতি</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>আবার চালু</translation>
    </message>
    <message>
        <source>Circle</source>
        <extracomment>Where the runner reads the time (tests give a clock they move).</extracomment>
        <translation>সার্কেল</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>নতুন সার্কেল</translation>
    </message>
    <message>
        <source>A circle belongs to a session: add one to the agenda first.</source>
        <translation>সার্কেল একটি সেশনের অংশ: আগে কর্মসূচিতে একটি সেশন যোগ করুন।</translation>
    </message>
    <message>
        <source>Delete circle</source>
        <translation>সার্কেল মুছুন</translation>
    </message>
    <message>
        <source>Delete the circle “{0}” with its {1} notes?
Ctrl+Z brings it back.</source>
        <translation>“{0}” সার্কেলটি এর {1}টি নোটসহ মুছবেন?
Ctrl+Z চাপলে এটি ফিরে আসবে।</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>নাম প্রকাশ ছাড়া</translation>
    </message>
    <message>
        <source>The whole circle</source>
        <translation>পুরো সার্কেল</translation>
    </message>
    <message>
        <source>{0} spoke, {1} passed, of {2} in the circle · {3} shared · {4} notes</source>
        <translation>সার্কেলের {2} জনের মধ্যে {0} জন বলেছেন, {1} জন পাস করেছেন · মোট {3} সময় · {4}টি নোট</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>উদ্ধৃতি</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>নাম প্রকাশ ছাড়া</translation>
    </message>
    <message>
        <source>the whole circle</source>
        <translation>পুরো সার্কেল</translation>
    </message>
    <message>
        <source>Time shared</source>
        <translation>কে কতক্ষণ বলেছেন</translation>
    </message>
    <message>
        <source>&lt;b&gt;Circles&lt;/b&gt;</source>
        <translation>&lt;b&gt;সার্কেল&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reflection circles of the event</source>
        <translation>ইভেন্টের প্রতিফলন সার্কেলগুলো</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>নতুন (&amp;N)…</translation>
    </message>
    <message>
        <source>Set up a circle for a session (Ctrl+N)</source>
        <translation>একটি সেশনের জন্য সার্কেল তৈরি করুন (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা (&amp;I)…</translation>
    </message>
    <message>
        <source>Change the chosen circle: prompts, order, time</source>
        <translation>বাছাই করা সার্কেল বদলান: প্রশ্ন, ক্রম, সময়</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the chosen circle; Ctrl+Z brings it back</source>
        <translation>বাছাই করা সার্কেল মুছুন; Ctrl+Z চাপলে ফিরে আসবে</translation>
    </message>
    <message>
        <source>Circle runner</source>
        <translation>সার্কেল পরিচালনা</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>চালান (&amp;R)</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>এখন বলছেন</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>বর্তমান বক্তা</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s time</source>
        <translation>বক্তার সময় শুরু বা থামান</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>পরবর্তী বক্তা</translation>
    </message>
    <message>
        <source>The speaker passes</source>
        <translation>বক্তা পাস দিলেন</translation>
    </message>
    <message>
        <source>Back to the previous speaker</source>
        <translation>আগের বক্তার কাছে ফিরুন</translation>
    </message>
    <message>
        <source>Note about the speaker…</source>
        <translation>বক্তা সম্পর্কে নোট…</translation>
    </message>
    <message>
        <source>Show the round on the projector</source>
        <translation>প্রজেক্টরে রাউন্ডটি দেখান</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>নোট যোগ করুন…</translation>
    </message>
    <message>
        <source>Edit the chosen note…</source>
        <translation>বাছাই করা নোট সম্পাদনা…</translation>
    </message>
    <message>
        <source>Delete the chosen note</source>
        <translation>বাছাই করা নোট মুছুন</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>নতুন সার্কেল…</translation>
    </message>
    <message>
        <source>Time left for the speaker</source>
        <translation>বক্তার বাকি সময়</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s time (Space)</source>
        <translation>বক্তার সময় শুরু বা বিরতি (Space)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>The speaker is done; the next one starts (Right arrow or Enter)</source>
        <translation>বক্তার বলা শেষ; পরের জন শুরু করবেন (ডান তীর বা Enter)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>পাস</translation>
    </message>
    <message>
        <source>The speaker passes (P)</source>
        <translation>বক্তা পাস করছেন (P)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ফিরে যান</translation>
    </message>
    <message>
        <source>Back to the previous speaker (Left arrow or Backspace)</source>
        <translation>আগের বক্তার কাছে ফিরে যান (বাম তীর বা Backspace)</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>নোট…</translation>
    </message>
    <message>
        <source>A note about what the speaker said (N)</source>
        <translation>বক্তা যা বললেন, সে বিষয়ে একটি নোট (N)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>প্রজেক্টর</translation>
    </message>
    <message>
        <source>Show the prompt, speaker and time left on a second screen (F5)</source>
        <translation>প্রশ্ন, বক্তা ও বাকি সময় দ্বিতীয় পর্দায় দেখান (F5)</translation>
    </message>
    <message>
        <source>Speaking order and what was recorded</source>
        <translation>বলার ক্রম ও যা রেকর্ড হয়েছে</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · → or Enter next · P pass · ← or Backspace back · N note · F5 projector</source>
        <translation>কী: Space শুরু/বিরতি · → বা Enter পরবর্তী · P পাস · ← বা Backspace ফিরে যান · N নোট · F5 প্রজেক্টর</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>নোট (&amp;O)</translation>
    </message>
    <message>
        <source>Notes of the circle</source>
        <translation>সার্কেলের নোটগুলো</translation>
    </message>
    <message>
        <source>Insert adds a note · Enter edits · Delete removes · Ctrl+Z undoes</source>
        <translation>Insert চাপলে নোট যোগ হয় · Enter সম্পাদনা · Delete মুছে ফেলে · Ctrl+Z ফিরিয়ে আনে</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>নোট যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Edi&amp;t note…</source>
        <translation>নোট সম্পাদনা (&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;lete note</source>
        <translation>নোট মুছুন (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>সারসংক্ষেপ (&amp;S)</translation>
    </message>
    <message>
        <source>Summary &amp;for:</source>
        <translation>কার জন্য সারসংক্ষেপ (&amp;F):</translation>
    </message>
    <message>
        <source>Circle summary</source>
        <translation>সার্কেলের সারসংক্ষেপ</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>1 field was written differently on laptops that had not seen each other&apos;s value. The newest value is in use: keep it (the conflict is then marked reviewed on every laptop), or choose another value to make it current.</source>
        <translation>১টি ঘর এমন ল্যাপটপগুলোতে ভিন্নভাবে লেখা হয়েছে, যারা একে অপরের মান দেখেনি। সবচেয়ে নতুন মানটি ব্যবহার হচ্ছে: সেটি রাখুন (তাহলে সব ল্যাপটপে বিরোধটি পর্যালোচিত হিসেবে চিহ্নিত হবে), অথবা অন্য একটি মান বেছে নিয়ে সেটিকে বর্তমান করুন।</translation>
    </message>
    <message>
        <source>{0} fields were written differently on laptops that had not seen each other&apos;s value. The newest value is in use: keep it (the conflict is then marked reviewed on every laptop), or choose another value to make it current.</source>
        <translation>{0}টি ঘর এমন ল্যাপটপগুলোতে ভিন্নভাবে লেখা হয়েছে, যারা একে অপরের মান দেখেনি। সবচেয়ে নতুন মানটি ব্যবহার হচ্ছে: সেটি রাখুন (তাহলে সব ল্যাপটপে বিরোধটি পর্যালোচিত হিসেবে চিহ্নিত হবে), অথবা অন্য একটি মান বেছে নিয়ে সেটিকে বর্তমান করুন।</translation>
    </message>
    <message>
        <source>no value (a first entry)</source>
        <translation>কোনো মান নয় (প্রথম লেখা)</translation>
    </message>
    <message>
        <source>not recorded (an older change)</source>
        <translation>লেখা নেই (পুরোনো পরিবর্তন)</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>revoked</source>
        <extracomment>Something went wrong (the pane shows it). A laptop was revoked or the key changed: the pane refreshes.</extracomment>
        <translation>প্রত্যাহার করা</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>এই ল্যাপটপ</translation>
    </message>
    <message>
        <source>no key yet (an earlier version)</source>
        <translation>এখনো কী নেই (আগের সংস্করণ)</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>ল্যাপটপ প্রত্যাহার</translation>
    </message>
    <message>
        <source>Revoke the laptop “{0}” ({1})?

Everything it sends from now on is refused, here and on every laptop that gets this change. This cannot be undone. Do it for a lost or stolen laptop, then make a new event key.</source>
        <translation>“{0}” ({1}) ল্যাপটপটি প্রত্যাহার করবেন?

এখন থেকে এটি যা পাঠাবে সবই প্রত্যাখ্যান করা হবে — এখানে, এবং যে ল্যাপটপেই এই পরিবর্তন পৌঁছাবে সেখানেও। এটি আর ফেরানো যাবে না। হারানো বা চুরি হওয়া ল্যাপটপের জন্য এটি করুন, তারপর নতুন ইভেন্ট কী তৈরি করুন।</translation>
    </message>
    <message>
        <source>New event key</source>
        <translation>নতুন ইভেন্ট কী</translation>
    </message>
    <message>
        <source>Make a new event key?

From now on this laptop locks what it sends with the new key. Give it to every team laptop (they scan its QR code with Laptops ▸ Enter a new key…): until then they cannot read what this laptop sends. Whoever has only the old key — a lost laptop — can read nothing new. What was sent before still opens with the old key.</source>
        <translation>নতুন ইভেন্ট কী তৈরি করবেন?

এখন থেকে এই ল্যাপটপ যা পাঠাবে তা নতুন কী দিয়ে লক করবে। দলের প্রতিটি ল্যাপটপকে এটি দিন (তারা ল্যাপটপ ▸ নতুন কী দিন… দিয়ে এর QR কোড স্ক্যান করবে): তার আগ পর্যন্ত এই ল্যাপটপ যা পাঠায় তারা তা পড়তে পারবে না। যার কাছে শুধু পুরোনো কী আছে — যেমন হারানো ল্যাপটপ — সে নতুন কিছুই পড়তে পারবে না। আগে যা পাঠানো হয়েছে তা পুরোনো কী দিয়েই খোলা যাবে।</translation>
    </message>
    <message>
        <source>Enter a new key</source>
        <translation>নতুন কী দিন</translation>
    </message>
    <message>
        <source>An organizer made a new event key. Scan its QR code into this field with the scanner, or paste its text:</source>
        <translation>একজন আয়োজক নতুন ইভেন্ট কী তৈরি করেছেন। স্ক্যানার দিয়ে এর QR কোড এই ঘরে স্ক্যান করুন, অথবা এর লেখা পেস্ট করুন:</translation>
    </message>
    <message>
        <source>This laptop now locks what it sends with the new key, and still opens what was made with the old one. Its next sync sends everything again.</source>
        <translation>এই ল্যাপটপ এখন যা পাঠায় তা নতুন কী দিয়ে লক করে, আর পুরোনো কী দিয়ে তৈরি বান্ডেলও খুলতে পারে। পরের সিঙ্কে এটি সবকিছু আবার পাঠাবে।</translation>
    </message>
    <message>
        <source>That is the event&apos;s key already.</source>
        <translation>এটি ইতিমধ্যেই ইভেন্টের কী।</translation>
    </message>
    <message>
        <source>This store is a copy of another laptop&apos;s: it now writes as a new laptop ({0}), so the two never overwrite each other&apos;s work.</source>
        <translation>এই স্টোরটি অন্য একটি ল্যাপটপের স্টোরের কপি: এটি এখন নতুন ল্যাপটপ ({0}) হিসেবে লেখে, যাতে দুটি কখনো একে অপরের কাজ মুছে না ফেলে।</translation>
    </message>
    <message>
        <source>Each laptop signs what it sends with its own key. If a laptop is lost or stolen, revoke it: what it sends is refused from then on. Then make a new event key and give it to the team, so that whoever has the laptop cannot read what is sent from then on either.</source>
        <translation>প্রতিটি ল্যাপটপ যা পাঠায় তা নিজের কী দিয়ে সই করে। কোনো ল্যাপটপ হারিয়ে গেলে বা চুরি হলে সেটি প্রত্যাহার করুন: তখন থেকে সেটি যা পাঠায় তা প্রত্যাখ্যান করা হবে। তারপর নতুন ইভেন্ট কী তৈরি করে দলকে দিন, যাতে ল্যাপটপটি যার হাতে আছে সে-ও এরপর থেকে যা পাঠানো হয় তা পড়তে না পারে।</translation>
    </message>
    <message>
        <source>Laptops of the event</source>
        <translation>ইভেন্টের ল্যাপটপগুলো</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>ল্যাপটপ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>আইডি</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>কী-এর ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>State</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>শেষ দেখা (UTC)</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>প্রত্যাহার করুন (&amp;K)…</translation>
    </message>
    <message>
        <source>En&amp;ter a new key…</source>
        <translation>নতুন কী দিন (&amp;T)…</translation>
    </message>
    <message>
        <source>Refuse everything the chosen laptop sends from now on (a lost or stolen laptop)</source>
        <translation>বাছাই করা ল্যাপটপ এখন থেকে যা পাঠাবে সবই প্রত্যাখ্যান করুন (হারানো বা চুরি হওয়া ল্যাপটপ)</translation>
    </message>
    <message>
        <source>&amp;New event key…</source>
        <translation>নতুন ইভেন্ট কী (&amp;N)…</translation>
    </message>
    <message>
        <source>Change the event key, so that a lost laptop cannot read what is sent from then on</source>
        <translation>ইভেন্ট কী বদলান, যাতে হারানো ল্যাপটপ এরপর থেকে যা পাঠানো হয় তা পড়তে না পারে</translation>
    </message>
    <message>
        <source>Enter or scan the new event key an organizer made</source>
        <translation>আয়োজকের তৈরি নতুন ইভেন্ট কী লিখুন বা স্ক্যান করুন</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>নতুন ইভেন্ট</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>প্রথম দিন (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>শেষ দিন (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>স্থান (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>সময় অঞ্চল (&amp;T):</translation>
    </message>
    <message>
        <source>Photo &amp;credits:</source>
        <translation>ছবির কৃতিত্ব (&amp;C):</translation>
    </message>
    <message>
        <source>One per line: who took photos, and their licence (for the event report)</source>
        <translation>প্রতি লাইনে একটি: কে ছবি তুলেছেন, এবং তাঁর লাইসেন্স (ইভেন্ট রিপোর্টের জন্য)</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>ছবির কৃতিত্ব</translation>
    </message>
    <message>
        <source>&amp;Printouts in:</source>
        <translation>ছাপার ভাষা (&amp;P):</translation>
    </message>
    <message>
        <source>Language of the event&apos;s printouts</source>
        <translation>ইভেন্টের ছাপানো কাগজের ভাষা</translation>
    </message>
    <message>
        <source>The language of sign-in sheets, badges, certificates and the report; each print can still choose another</source>
        <translation>হাজিরা শিট, ব্যাজ, সনদপত্র ও প্রতিবেদনের ভাষা; প্রতিবার ছাপানোর সময় অন্য ভাষাও বেছে নেওয়া যায়</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Dates with the month as a word (&quot;6 Dec 2026&quot;, &quot;৬ ডিসে ২০২৬&quot;): &quot;6 12 2026&quot; read as June too.</extracomment>
        <translation>ইংরেজি</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>বাংলা</translation>
    </message>
    <message>
        <source>English and Bengali</source>
        <translation>ইংরেজি ও বাংলা</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>ইভেন্টের বিবরণ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a file</source>
        <translation>ফাইলে এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <source>WLT Desk sync files (*.wltx)</source>
        <translation>WLT Desk সিঙ্ক ফাইল (*.wltx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>কোন ফাইলে লেখা হবে, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>দুটি পাসফ্রেজ এক নয়।</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ফাইল (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রাউজ (&amp;B)…</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>বিষয়বস্তু:</translation>
    </message>
    <message>
        <source>&amp;Everything (an event package another laptop can join with)</source>
        <translation>সবকিছু — একটি ইভেন্ট প্যাকেজ, যা দিয়ে অন্য ল্যাপটপ ইভেন্টে যোগ দিতে পারে (&amp;E)</translation>
    </message>
    <message>
        <source>Only what is new since the &amp;last export to this folder</source>
        <translation>এই ফোল্ডারে শেষ এক্সপোর্টের পর যা নতুন, শুধু তা (&amp;L)</translation>
    </message>
    <message>
        <source>Include pri&amp;vate circle notes</source>
        <translation>সার্কেলের ব্যক্তিগত নোটও রাখুন (&amp;V)</translation>
    </message>
    <message>
        <source>Optional: locks the file with this passphrase</source>
        <translation>ঐচ্ছিক: এই পাসফ্রেজ দিয়ে ফাইলটি লক করে</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>আবার লিখুন (&amp;A):</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>গোপনীয়তা:</translation>
    </message>
    <message>
        <source>&amp;Redact: leave out contact details and non-public notes (for people outside the team)</source>
        <translation>গোপন তথ্য বাদ দিন: যোগাযোগের তথ্য ও অ-প্রকাশ্য নোট বাদ যাবে (দলের বাইরের মানুষের জন্য) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>পাসফ্রেজ (&amp;P):</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <extracomment>Status filter choices of the follow-up tab: (statuses, label) — None is every status.</extracomment>
        <translation>শেষ তারিখ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী করা হবে</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>পরিকল্পনা</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group: {0}</source>
        <translation>গ্রুপ: {0}</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>গ্রুপের একটি নাম দিতে হবে।</translation>
    </message>
    <message>
        <source>Round {0} already has a group named “{1}”.</source>
        <translation>রাউন্ড {0}-এ “{1}” নামে একটি গ্রুপ আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>গ্রুপ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>কক্ষ (&amp;R):</translation>
    </message>
    <message>
        <source>e.g. Lab 2 (empty: no room)</source>
        <translation>যেমন ল্যাব ২ (খালি রাখলে কোনো কক্ষ নেই)</translation>
    </message>
    <message>
        <source>The same in &amp;every round</source>
        <translation>প্রতিটি রাউন্ডে একই (&amp;E)</translation>
    </message>
</context>
<context>
    <name>GroupSetDialog</name>
    <message>
        <source>People per group:</source>
        <extracomment>the ticked people when choosing them; None: the session&apos;s check-ins</extracomment>
        <translation>প্রতি গ্রুপে মানুষ:</translation>
    </message>
    <message>
        <source>Number of groups:</source>
        <translation>গ্রুপের সংখ্যা:</translation>
    </message>
    <message>
        <source>Everyone checked in to the session</source>
        <translation>সেশনে চেক-ইন করা সবাই</translation>
    </message>
    <message>
        <source>People I choose</source>
        <translation>আমার বাছাই করা মানুষ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ভূমিকা</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>{0} — {1} · {2} checked in</source>
        <translation>{0} — {1} · {2} জন চেক-ইন করেছেন</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>সর্বনাম</translation>
    </message>
    <message>
        <source>{0} — {1} values</source>
        <translation>{0} — {1}টি মান</translation>
    </message>
    <message>
        <source>Tick the people to put into groups.</source>
        <translation>যাঁদের গ্রুপে রাখবেন, তাঁদের টিক দিন।</translation>
    </message>
    <message>
        <source>Nobody is checked in to this session yet.</source>
        <translation>এই সেশনে এখনো কেউ চেক-ইন করেননি।</translation>
    </message>
    <message>
        <source>{0} people in {1} groups of {2}</source>
        <translation>{0} জন, {1}টি গ্রুপে, প্রতি গ্রুপে {2} জন</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>আগে একটি সেশন বাছাই করুন।</translation>
    </message>
    <message>
        <source>New groups</source>
        <translation>নতুন গ্রুপ</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>সেশন (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>মানুষ (&amp;P):</translation>
    </message>
    <message>
        <source>Who is put into groups</source>
        <translation>কারা গ্রুপে যাবেন</translation>
    </message>
    <message>
        <source>People to put into groups</source>
        <translation>যাঁদের গ্রুপে রাখা হবে</translation>
    </message>
    <message>
        <source>Tick the people to put into groups</source>
        <translation>যাঁদের গ্রুপে রাখবেন, তাঁদের টিক দিন</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Named after the session if empty</source>
        <translation>খালি রাখলে সেশনের নামে নাম হবে</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>রাউন্ড (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Balance:</source>
        <translation>ভারসাম্য (&amp;B):</translation>
    </message>
    <message>
        <source>Fields to spread across groups</source>
        <translation>যেসব তথ্য গ্রুপগুলোর মধ্যে ছড়িয়ে দিতে হবে</translation>
    </message>
    <message>
        <source>Keep &amp;apart:</source>
        <translation>আলাদা রাখুন (&amp;A):</translation>
    </message>
    <message>
        <source>One line per set, names or badge codes separated by commas</source>
        <translation>প্রতি লাইনে একটি সেট; নাম বা ব্যাজ কোড কমা দিয়ে আলাদা করুন</translation>
    </message>
    <message>
        <source>Keep t&amp;ogether:</source>
        <translation>একসাথে রাখুন (&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;in:</source>
        <translation>নির্দিষ্ট গ্রুপে রাখুন (&amp;I):</translation>
    </message>
    <message>
        <source>One per group, e.g. the facilitators: first line group 1; or Name = 3</source>
        <translation>প্রতি গ্রুপে একজন, যেমন সহায়কেরা: প্রথম লাইন গ্রুপ ১-এ; অথবা নাম = ৩</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>সিড (&amp;E):</translation>
    </message>
    <message>
        <source>The same seed gives the same groups; another seed another plan</source>
        <translation>একই সিড দিলে একই গ্রুপ হয়; অন্য সিড দিলে অন্য পরিকল্পনা</translation>
    </message>
    <message>
        <source>Avoid pairs who met in earlier group sets</source>
        <translation>আগের গ্রুপ সেটে যাঁদের দেখা হয়েছে, তাঁদের আবার একসাথে না রাখা</translation>
    </message>
</context>
<context>
    <name>GroupTitle</name>
    <message>
        <source>Double-click to set the group&apos;s name and room</source>
        <translation>গ্রুপের নাম ও কক্ষ ঠিক করতে ডাবল-ক্লিক করুন</translation>
    </message>
    <message>
        <source>Name and room…</source>
        <translation>নাম ও কক্ষ…</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Projector: start or pause the breakout time</source>
        <translation>প্রজেক্টর: ব্রেকআউটের সময় শুরু বা থামান</translation>
    </message>
    <message>
        <source>Projector: a minute more</source>
        <translation>প্রজেক্টর: এক মিনিট বাড়ান</translation>
    </message>
    <message>
        <source>Projector: a minute less</source>
        <translation>প্রজেক্টর: এক মিনিট কমান</translation>
    </message>
    <message>
        <source>Projector: start the time over</source>
        <translation>প্রজেক্টর: সময় আবার শুরু করুন</translation>
    </message>
    <message>
        <source>Projector: next page of groups</source>
        <translation>প্রজেক্টর: গ্রুপের পরের পাতা</translation>
    </message>
    <message>
        <source>Projector: previous page of groups</source>
        <translation>প্রজেক্টর: গ্রুপের আগের পাতা</translation>
    </message>
    <message>
        <source>{0} · page {1} of {2}</source>
        <extracomment>The cards on screen: all of them, or one page&apos;s when they do not fit.</extracomment>
        <translation>{0} · পৃষ্ঠা {1}/{2}</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Move {0}</source>
        <translation>{0}-কে সরানো</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>{0}-কে লক করা</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation>{0}-কে আনলক করা</translation>
    </message>
    <message>
        <source>Lock round {0}</source>
        <translation>রাউন্ড {0} লক করুন</translation>
    </message>
    <message>
        <source>Delete groups “{0}”</source>
        <translation>“{0}” গ্রুপগুলো মুছে ফেলা</translation>
    </message>
    <message>
        <source>Name and room of {0}</source>
        <translation>{0}-এর নাম ও কক্ষ</translation>
    </message>
    <message>
        <source>{0} (locked)</source>
        <extracomment>person id, from group id, to group id</extracomment>
        <translation>{0} (লক করা)</translation>
    </message>
    <message>
        <source>{0} (moved)</source>
        <translation>{0} (হাতে সরানো)</translation>
    </message>
    <message>
        <source>Screen {0}: {1}</source>
        <translation>স্ক্রিন {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — {1} people, {2} rounds</source>
        <translation>{0} — {1} জন, {2}টি রাউন্ড</translation>
    </message>
    <message>
        <source>Lock round</source>
        <translation>রাউন্ড লক করুন</translation>
    </message>
    <message>
        <source>No groups yet. “New groups…” forms them from a session&apos;s check-ins.</source>
        <translation>এখনো কোনো গ্রুপ নেই। “নতুন গ্রুপ…” একটি সেশনের চেক-ইন থেকে গ্রুপ তৈরি করে।</translation>
    </message>
    <message>
        <source>All rounds locked</source>
        <translation>সব রাউন্ড লক করা</translation>
    </message>
    <message>
        <source>Round {0} (locked)</source>
        <translation>রাউন্ড {0} (লক করা)</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>রাউন্ড {0}</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>গ্রুপ</translation>
    </message>
    <message>
        <source>Choose a person in a group first.</source>
        <translation>আগে একটি গ্রুপ থেকে একজনকে বাছাই করুন।</translation>
    </message>
    <message>
        <source>This round is locked; its groups stay as they are.</source>
        <translation>এই রাউন্ডটি লক করা; এর গ্রুপগুলো যেমন আছে তেমনই থাকবে।</translation>
    </message>
    <message>
        <source>Planning the groups…</source>
        <translation>গ্রুপের পরিকল্পনা চলছে…</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>আবার পরিকল্পনা</translation>
    </message>
    <message>
        <source>1 person was moved by hand. Keep them where you put them, or re-plan them too?</source>
        <translation>১ জনকে হাতে সরানো হয়েছে। তাঁকে যেখানে রেখেছেন সেখানেই রাখবেন, নাকি তাঁকেও আবার পরিকল্পনায় নেবেন?</translation>
    </message>
    <message>
        <source>{0} people were moved by hand. Keep them where you put them, or re-plan them too?</source>
        <translation>{0} জনকে হাতে সরানো হয়েছে। তাঁদের যেখানে রেখেছেন সেখানেই রাখবেন, নাকি তাঁদেরও আবার পরিকল্পনায় নেবেন?</translation>
    </message>
    <message>
        <source>Keep manual moves</source>
        <translation>হাতে সরানো জায়গা রাখুন</translation>
    </message>
    <message>
        <source>Discard manual moves</source>
        <translation>হাতে সরানো জায়গা বাদ দিন</translation>
    </message>
    <message>
        <source>Re-plan “{0}”</source>
        <translation>“{0}” আবার পরিকল্পনা</translation>
    </message>
    <message>
        <source>Add a round to “{0}”</source>
        <translation>“{0}”-এ একটি রাউন্ড যোগ</translation>
    </message>
    <message>
        <source>Round {0} — {1}</source>
        <translation>রাউন্ড {0} — {1}</translation>
    </message>
    <message>
        <source>Group &amp;set:</source>
        <translation>গ্রুপ সেট (&amp;S):</translation>
    </message>
    <message>
        <source>Group set</source>
        <translation>গ্রুপ সেট</translation>
    </message>
    <message>
        <source>&amp;New groups…</source>
        <translation>নতুন গ্রুপ (&amp;N)…</translation>
    </message>
    <message>
        <source>Form groups from a session&apos;s checked-in people (Ctrl+N)</source>
        <translation>একটি সেশনে চেক-ইন করা মানুষদের নিয়ে গ্রুপ তৈরি করুন (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <source>Delete this group set; Ctrl+Z brings it back</source>
        <translation>এই গ্রুপ সেটটি মুছুন; Ctrl+Z চাপলে ফিরে আসবে</translation>
    </message>
    <message>
        <source>Mark the round finished: re-plans keep it as it is</source>
        <translation>রাউন্ডটি শেষ হিসেবে চিহ্নিত করুন: নতুন করে পরিকল্পনা করলেও এটি যেমন আছে তেমনই থাকবে</translation>
    </message>
    <message>
        <source>&amp;Re-plan open rounds</source>
        <translation>খোলা রাউন্ডগুলো আবার পরিকল্পনা করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Plan the unlocked rounds again for the people checked in now; locked people stay</source>
        <translation>এখন চেক-ইন করা মানুষদের জন্য আনলক করা রাউন্ডগুলো আবার পরিকল্পনা করুন; লক করা মানুষেরা যেখানে আছেন সেখানেই থাকবেন</translation>
    </message>
    <message>
        <source>Add a ro&amp;und</source>
        <translation>আরেকটি রাউন্ড যোগ করুন (&amp;U)</translation>
    </message>
    <message>
        <source>Plan one more round that avoids every earlier meeting</source>
        <translation>আরও একটি রাউন্ড পরিকল্পনা করুন, যাতে আগের কোনো সাক্ষাৎ আবার না ঘটে</translation>
    </message>
    <message>
        <source>&amp;Lock person</source>
        <translation>ব্যক্তিকে লক করুন (&amp;L)</translation>
    </message>
    <message>
        <source>Keep the chosen person in their group when rounds are re-planned (L)</source>
        <translation>রাউন্ড আবার পরিকল্পনা করার সময় বাছাই করা ব্যক্তিকে তাঁর গ্রুপেই রাখুন (L)</translation>
    </message>
    <message>
        <source>Breakout time shown on the projector</source>
        <translation>প্রজেক্টরে দেখানো ব্রেকআউটের সময়</translation>
    </message>
    <message>
        <source>Breakout minutes</source>
        <translation>ব্রেকআউটের মিনিট</translation>
    </message>
    <message>
        <source> min</source>
        <translation> মিনিট</translation>
    </message>
    <message>
        <source>The screen the projector view goes to</source>
        <translation>যে স্ক্রিনে প্রজেক্টরের দৃশ্য দেখানো হবে</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>প্রজেক্টরের স্ক্রিন</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>প্রজেক্টর (&amp;P)</translation>
    </message>
    <message>
        <source>Show the current round full screen with a countdown (F5); Esc closes it</source>
        <translation>বর্তমান রাউন্ডটি কাউন্টডাউনসহ পূর্ণ স্ক্রিনে দেখান (F5); Esc চাপলে বন্ধ হবে</translation>
    </message>
    <message>
        <source>Rounds of groups</source>
        <translation>গ্রুপের রাউন্ডসমূহ</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>মান প্রতিবেদন</translation>
    </message>
    <message>
        <source>Drag people between groups of a round · L locks a person · Ctrl+Z undoes</source>
        <translation>একই রাউন্ডের গ্রুপগুলোর মধ্যে মানুষদের টেনে সরান · L চাপলে একজন লক হন · Ctrl+Z আগের অবস্থায় ফেরায়</translation>
    </message>
    <message>
        <source>New groups…</source>
        <translation>নতুন গ্রুপ…</translation>
    </message>
    <message>
        <source>Lock or unlock the chosen person</source>
        <translation>বাছাই করা ব্যক্তিকে লক বা আনলক করুন</translation>
    </message>
    <message>
        <source>Name the chosen person&apos;s group, give it a room…</source>
        <translation>বাছাই করা ব্যক্তির গ্রুপের নাম ও কক্ষ দিন…</translation>
    </message>
    <message>
        <source>Show the round on the projector</source>
        <translation>প্রজেক্টরে রাউন্ডটি দেখান</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Facilitator&apos;s guide</source>
        <extracomment>The guides Help offers, in menu order: file in the guides folder, title.</extracomment>
        <translation>সহায়কের নির্দেশিকা</translation>
    </message>
    <message>
        <source>Organizer&apos;s guide</source>
        <translation>আয়োজকের নির্দেশিকা</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>ব্রেকআউট গ্রুপ</translation>
    </message>
    <message>
        <source>Reflection circles</source>
        <translation>রিফ্লেকশন সার্কেল</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>কর্মপরিকল্পনা</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>প্রিন্ট</translation>
    </message>
    <message>
        <source>Sign-in sheets read back</source>
        <translation>হাজিরা শিট ফেরত পড়া</translation>
    </message>
    <message>
        <source>Sync between laptops</source>
        <translation>ল্যাপটপের মধ্যে সিঙ্ক</translation>
    </message>
    <message>
        <source>Installing and moving events</source>
        <translation>ইনস্টল করা ও ইভেন্ট সরানো</translation>
    </message>
    <message>
        <source>The export format</source>
        <translation>এক্সপোর্টের ফরম্যাট</translation>
    </message>
    <message>
        <source>WLT Desk guides</source>
        <translation>WLT Desk নির্দেশিকা</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>নির্দেশিকা</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>নির্দেশিকা</translation>
    </message>
    <message>
        <source>{0} — WLT Desk</source>
        <translation>{0} — WLT Desk</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held for review</source>
        <extracomment>Held changes were accepted: the data changed, every pane reloads. The held list changed (accepted or dropped): the pane reads it again, and the conflicts (the tab counts both). Accepting or dropping was refused; the message is for the user.</extracomment>
        <translation>পর্যালোচনার জন্য আটকে রাখা</translation>
    </message>
    <message>
        <source>These changes were made on a laptop whose clock was more than a day ahead of this one, so they were put aside. Accept them to use their values now, as changes made on this laptop, or drop them.</source>
        <translation>এই পরিবর্তনগুলো এমন একটি ল্যাপটপে করা, যার ঘড়ি এটির চেয়ে এক দিনেরও বেশি এগিয়ে ছিল, তাই এগুলো আলাদা করে রাখা হয়েছে। গ্রহণ করলে এগুলোর মান এখনই এই ল্যাপটপে করা পরিবর্তন হিসেবে ব্যবহার হবে; না চাইলে বাদ দিন।</translation>
    </message>
    <message>
        <source>Changes held for review</source>
        <translation>পর্যালোচনার জন্য আটকে রাখা পরিবর্তন</translation>
    </message>
    <message>
        <source>Accep&amp;t held changes</source>
        <translation>আটকে রাখা পরিবর্তন গ্রহণ করুন (&amp;T)</translation>
    </message>
    <message>
        <source>Dro&amp;p held changes</source>
        <translation>আটকে রাখা পরিবর্তন বাদ দিন (&amp;P)</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} ঘণ্টা</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} দিন</translation>
    </message>
    <message>
        <source>Laptop “{0}” made {1} changes while its clock was {2} ahead of this laptop&apos;s: its clock is probably wrong.</source>
        <translation>ল্যাপটপ “{0}” {1}টি পরিবর্তন করেছে, তখন তার ঘড়ি এই ল্যাপটপের চেয়ে {2} এগিয়ে ছিল: সম্ভবত ওই ল্যাপটপের ঘড়ি ভুল।</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Excel workbook, first sheet</source>
        <extracomment>Rows of the file shown under the column choices.</extracomment>
        <translation>এক্সেল ওয়ার্কবুক, প্রথম শিট</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>কমা</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>সেমিকোলন</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>ট্যাব</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>খাড়া দাগ</translation>
    </message>
    <message>
        <source>Text file in {0}, columns separated by {1}</source>
        <translation>{0} এনকোডিংয়ের টেক্সট ফাইল, কলাম আলাদা করা হয়েছে {1} দিয়ে</translation>
    </message>
    <message>
        <source>{0} columns</source>
        <translation>{0}টি কলাম</translation>
    </message>
    <message>
        <source>the first {0} rows below</source>
        <translation>নিচে প্রথম {0}টি সারি</translation>
    </message>
    <message>
        <source>no rows below the headers</source>
        <translation>শিরোনামের নিচে কোনো সারি নেই</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>The user chose another destination for a column.</extracomment>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(কলাম {0})</translation>
    </message>
    <message>
        <source>What importing would do with each row</source>
        <translation>ইমপোর্ট করলে প্রতিটি সারির কী হবে</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>যাবে</translation>
    </message>
    <message>
        <source>Where each column goes</source>
        <translation>কোন কলাম কোথায় যাবে</translation>
    </message>
    <message>
        <source>Line {0} of the file</source>
        <translation>ফাইলের {0} নম্বর লাইন</translation>
    </message>
    <message>
        <source>Extra column (kept)</source>
        <translation>অতিরিক্ত কলাম (রাখা হবে)</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>উপেক্ষা (আমদানি হবে না)</translation>
    </message>
    <message>
        <source>Destination of column {0}</source>
        <translation>কলাম {0}-এর গন্তব্য</translation>
    </message>
    <message>
        <source>This column&apos;s header is empty or repeated, so it cannot be mapped.</source>
        <translation>এই কলামের শিরোনাম ফাঁকা বা পুনরাবৃত্ত, তাই এটি মেলানো যাবে না।</translation>
    </message>
    <message>
        <source>No column gives the name. Choose “{0}” for the column that holds people&apos;s names.</source>
        <translation>কোনো কলামে নাম নেই। যে কলামে মানুষের নাম আছে তার জন্য “{0}” বেছে নিন।</translation>
    </message>
    <message>
        <source>The file has no rows below the headers.</source>
        <translation>ফাইলে শিরোনামের নিচে কোনো সারি নেই।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>Checking the file against the event&apos;s people…</source>
        <translation>ফাইলটি ইভেন্টের মানুষদের সাথে মিলিয়ে দেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Would add {0}, update {1}, leave {2} unchanged, reject {3}</source>
        <translation>যোগ হবে {0}, হালনাগাদ হবে {1}, অপরিবর্তিত থাকবে {2}, বাদ পড়বে {3}</translation>
    </message>
    <message>
        <source>Cannot tell what the import would do: {0}</source>
        <translation>ইমপোর্ট কী করবে তা বলা যাচ্ছে না: {0}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>নতুন</translation>
    </message>
    <message>
        <source>updates {0}</source>
        <translation>{0}-এর তথ্য হালনাগাদ</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>অপরিবর্তিত</translation>
    </message>
    <message>
        <source>rejected: {0}</source>
        <translation>বাদ: {0}</translation>
    </message>
    <message>
        <source>Nothing new for {0}</source>
        <translation>{0}-এর জন্য নতুন কিছু নেই</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>আমদানি বাতিল হয়েছে; কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>বাতিল করা হচ্ছে…</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} rejected</source>
        <translation>{0} নতুন, {1} হালনাগাদ, {2} অপরিবর্তিত, {3} বাতিল</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>তালিকা আমদানি</translation>
    </message>
    <message>
        <source>Choose where each column goes. The first row shows what was recognised from the headers; a column kept as an extra column is stored with the person under its header.</source>
        <translation>প্রতিটি কলাম কোথায় যাবে তা বেছে নিন। প্রথম সারিতে শিরোনাম থেকে যা চেনা গেছে তা দেখানো হয়েছে; অতিরিক্ত কলাম হিসেবে রাখা কলাম ব্যক্তির সাথে তার শিরোনামসহ সংরক্ষিত হয়।</translation>
    </message>
    <message>
        <source>Columns of the file and their first rows</source>
        <translation>ফাইলের কলাম ও তাদের প্রথম সারিগুলো</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>আমদানির অগ্রগতি</translation>
    </message>
    <message>
        <source>Show &amp;rejected rows…</source>
        <translation>বাতিল সারি দেখুন (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>আমদানি (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>বন্ধ করুন (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportTargetDialog</name>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>একটি ফোল্ডারের সব বান্ডেল ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ইমপোর্ট</translation>
    </message>
    <message>
        <source>Choose a folder, or type a WebDAV address.</source>
        <translation>একটি ফোল্ডার বেছে নিন, অথবা একটি WebDAV ঠিকানা লিখুন।</translation>
    </message>
    <message>
        <source>There is no folder {0}. Give a folder, or a WebDAV address starting with https://.</source>
        <translation>{0} নামে কোনো ফোল্ডার নেই। একটি ফোল্ডার দিন, অথবা https:// দিয়ে শুরু হওয়া একটি WebDAV ঠিকানা দিন।</translation>
    </message>
    <message>
        <source>Import from a folder or server</source>
        <translation>ফোল্ডার বা সার্ভার থেকে ইমপোর্ট</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (a USB stick, a shared folder), or every laptop&apos;s bundles from the WebDAV address the team syncs with. Nothing is written there: the laptops&apos; files stay as they are.</source>
        <translation>একটি ফোল্ডারের (ইউএসবি স্টিক, শেয়ার করা ফোল্ডার) সব বান্ডেল, অথবা দল যে WebDAV ঠিকানার সঙ্গে সিঙ্ক করে সেখান থেকে প্রতিটি ল্যাপটপের বান্ডেল ইমপোর্ট করুন। সেখানে কিছুই লেখা হয় না: ল্যাপটপগুলোর ফাইল যেমন আছে তেমনই থাকে।</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>কোথা থেকে (&amp;F):</translation>
    </message>
    <message>
        <source>A folder, or a WebDAV address (https://…)</source>
        <translation>একটি ফোল্ডার, অথবা একটি WebDAV ঠিকানা (https://…)</translation>
    </message>
    <message>
        <source>Folder or WebDAV address</source>
        <translation>ফোল্ডার বা WebDAV ঠিকানা</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রাউজ (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>Name or badge code; several with ;</source>
        <translation>নাম বা ব্যাজ কোড; একাধিক হলে ; দিয়ে আলাদা করুন</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>What</source>
        <extracomment>A change was refused; the message is for the user.</extracomment>
        <translation>কী করা হবে</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>শেষ তারিখ</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>প্রয়োজনীয় সম্পদ</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>সাফল্যের সূচক</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Overdue: due {0}, still {1}</source>
        <translation>সময় পেরিয়ে গেছে: শেষ তারিখ ছিল {0}, এখনও {1}</translation>
    </message>
    <message>
        <source>Type a new item here…</source>
        <translation>এখানে নতুন কাজ লিখুন…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Event package</source>
        <translation>ইভেন্ট প্যাকেজ</translation>
    </message>
    <message>
        <source>WLT Desk sync files (*.wltx)</source>
        <translation>WLT Desk সিঙ্ক ফাইল (*.wltx)</translation>
    </message>
    <message>
        <source>This is not an event key: scan the QR code again.</source>
        <translation>এটি ইভেন্ট কী নয়: QR কোডটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <source>The key is needed to join an event this laptop does not have yet. Only a package protected with a passphrase carries it.</source>
        <translation>এই ল্যাপটপে এখনো নেই এমন ইভেন্টে যোগ দিতে কী লাগবে। শুধু পাসফ্রেজ দিয়ে সুরক্ষিত প্যাকেজের ভেতরেই কী থাকে।</translation>
    </message>
    <message>
        <source>Key for event {0}.</source>
        <translation>ইভেন্ট {0}-এর কী।</translation>
    </message>
    <message>
        <source>Key given.</source>
        <translation>কী দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Join an event</source>
        <translation>একটি ইভেন্টে যোগ দিন</translation>
    </message>
    <message>
        <source>Choose the event package.</source>
        <translation>ইভেন্ট প্যাকেজটি বেছে নিন।</translation>
    </message>
    <message>
        <source>This package belongs to an event this laptop does not have yet, and it does not carry the event key. Ask the lead facilitator to show the event key (Sync ▸ Event key…) and scan its QR code into the Event key field, or paste its text. The key opens the package and proves that it comes from your team.</source>
        <translation>এই প্যাকেজটি এমন একটি ইভেন্টের, যা এই ল্যাপটপে এখনো নেই, আর এর ভেতরে ইভেন্ট কী নেই। প্রধান সহায়ককে ইভেন্ট কী দেখাতে বলুন (সিঙ্ক ▸ ইভেন্ট কী…), তারপর এর QR কোডটি “ইভেন্ট কী” ঘরে স্ক্যান করুন, অথবা এর লেখাটি পেস্ট করুন। কী দিয়েই প্যাকেজটি খোলে, আর প্রমাণ হয় যে এটি আপনার দলেরই।</translation>
    </message>
    <message>
        <source>Import the event package (a .wltx file with the whole event) the lead facilitator gave you, with the event key from their QR code: the key opens the package and proves that it comes from your team. A package protected with a passphrase carries the key inside; WLT Desk then asks for the passphrase.</source>
        <translation>প্রধান সহায়ক আপনাকে যে ইভেন্ট প্যাকেজ (পুরো ইভেন্টসহ একটি .wltx ফাইল) দিয়েছেন, তাঁর QR কোডের ইভেন্ট কী দিয়ে সেটি ইমপোর্ট করুন: কী দিয়েই প্যাকেজটি খোলে, আর প্রমাণ হয় যে এটি আপনার দলেরই। পাসফ্রেজ দিয়ে সুরক্ষিত প্যাকেজের ভেতরেই কী থাকে; তখন WLT Desk পাসফ্রেজটি চাইবে।</translation>
    </message>
    <message>
        <source>Event &amp;package:</source>
        <translation>ইভেন্ট প্যাকেজ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রাউজ (&amp;B)…</translation>
    </message>
    <message>
        <source>Event &amp;key:</source>
        <translation>ইভেন্ট কী (&amp;K):</translation>
    </message>
    <message>
        <source>Scan the QR code here, or paste wltdesk-key:1:…</source>
        <translation>এখানে QR কোড স্ক্যান করুন, অথবা wltdesk-key:1:… পেস্ট করুন</translation>
    </message>
    <message>
        <source>Event key</source>
        <translation>ইভেন্ট কী</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>যোগ দিন (&amp;J)</translation>
    </message>
    <message>
        <source>Event package</source>
        <translation>ইভেন্ট প্যাকেজ</translation>
    </message>
    <message>
        <source>WLT Desk bundles (*.wltx)</source>
        <translation>WLT Desk বান্ডেল (*.wltx)</translation>
    </message>
    <message>
        <source>Picture of the event key</source>
        <translation>ইভেন্ট কী-র ছবি</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.bmp);;All files (*)</source>
        <translation>ছবি (*.png *.jpg *.jpeg *.svg *.gif *.bmp);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Choose the event package (a .wltx file).</source>
        <translation>ইভেন্ট প্যাকেজটি (একটি .wltx ফাইল) বেছে নিন।</translation>
    </message>
    <message>
        <source>This is not an event key: scan the QR code again.</source>
        <translation>এটি ইভেন্ট কী নয়: QR কোডটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <source>This package needs the event key: scan or paste the text of its QR code, or read it from a picture.</source>
        <translation>এই প্যাকেজ খুলতে ইভেন্ট কী লাগবে: এর QR কোড স্ক্যান করুন বা এর লেখা পেস্ট করুন, অথবা ছবি থেকে পড়ুন।</translation>
    </message>
    <message>
        <source>{0} is not a picture WLT Desk can read.</source>
        <extracomment>A bare key, as ``wltdesk event key --json`` gives it.</extracomment>
        <translation>{0} এমন কোনো ছবি নয় যা WLT Desk পড়তে পারে।</translation>
    </message>
    <message>
        <source>Reading QR code pictures needs the zxing-cpp package, which is missing.</source>
        <translation>QR কোডের ছবি পড়তে zxing-cpp প্যাকেজটি লাগে, কিন্তু সেটি ইনস্টল করা নেই।</translation>
    </message>
    <message>
        <source>There is no event key QR code in {0}.</source>
        <translation>{0}-এ কোনো ইভেন্ট কী-র QR কোড নেই।</translation>
    </message>
    <message>
        <source>Join your team&apos;s event</source>
        <translation>আপনার দলের ইভেন্টে যোগ দিন</translation>
    </message>
    <message>
        <source>The lead facilitator gives you two things: the event package (a .wltx file) and, separately, the event key as a QR code, or the passphrase of the package. Fill in the one you were given.</source>
        <translation>প্রধান সহায়ক আপনাকে দুটি জিনিস দেবেন: ইভেন্ট প্যাকেজ (একটি .wltx ফাইল), আর আলাদাভাবে QR কোড হিসেবে ইভেন্ট কী, অথবা প্যাকেজের পাসফ্রেজ। আপনাকে যেটি দেওয়া হয়েছে, সেটি লিখুন।</translation>
    </message>
    <message>
        <source>Event &amp;package:</source>
        <translation>ইভেন্ট প্যাকেজ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রাউজ (&amp;B)…</translation>
    </message>
    <message>
        <source>Event &amp;key:</source>
        <translation>ইভেন্ট কী (&amp;K):</translation>
    </message>
    <message>
        <source>Scan the QR code here, or paste wltdesk-key:1:…</source>
        <translation>এখানে QR কোড স্ক্যান করুন, অথবা wltdesk-key:1:… পেস্ট করুন</translation>
    </message>
    <message>
        <source>Event key</source>
        <translation>ইভেন্ট কী</translation>
    </message>
    <message>
        <source>From a p&amp;icture…</source>
        <translation>ছবি থেকে (&amp;I)…</translation>
    </message>
    <message>
        <source>Read the event key from a picture of its QR code (PNG, JPEG or SVG)</source>
        <translation>ইভেন্ট কী-র QR কোডের ছবি (PNG, JPEG বা SVG) থেকে কী-টি পড়ুন</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>পাসফ্রেজ (&amp;A):</translation>
    </message>
    <message>
        <source>Only for a package made with a passphrase</source>
        <translation>শুধু পাসফ্রেজ দিয়ে তৈরি প্যাকেজের জন্য</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync: not set up</source>
        <translation>সিঙ্ক: চালু করা হয়নি</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>কর্মসূচি</translation>
    </message>
    <message>
        <source>People</source>
        <translation>মানুষ</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>চেক-ইন</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>গ্রুপ</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>সার্কেল</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>পরিকল্পনা</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>মুদ্রণ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <translation>{0}-এ যান</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান (&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change, in any section</source>
        <translation>শেষ পরিবর্তনটি ফিরিয়ে নিন, যেকোনো অংশে</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>ফিরিয়ে নেওয়াটা আবার করুন</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>ইভেন্ট খুলুন</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>ইভেন্ট:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(এখনও নেই)</translation>
    </message>
    <message>
        <source>Commit {0}, built {1}</source>
        <translation>কমিট {0}, তৈরি হয়েছে {1}</translation>
    </message>
    <message>
        <source>Development version, commit {0}</source>
        <translation>ডেভেলপমেন্ট সংস্করণ, কমিট {0}</translation>
    </message>
    <message>
        <source>Development version</source>
        <translation>ডেভেলপমেন্ট সংস্করণ</translation>
    </message>
    <message>
        <source>About WLT Desk</source>
        <translation>WLT Desk সম্পর্কে</translation>
    </message>
    <message>
        <source>WLT Desk {0}
Attendance, breakout groups, reflection circles and action plans for trainings, offline.</source>
        <translation>WLT Desk {0}
প্রশিক্ষণের জন্য উপস্থিতি, ছোট দল, প্রতিফলন সার্কেল ও কর্মপরিকল্পনা, ইন্টারনেট ছাড়াই।</translation>
    </message>
    <message>
        <source>WLT Desk</source>
        <translation>WLT Desk</translation>
    </message>
    <message>
        <source>No event open — Event ▸ New event or demo event</source>
        <translation>কোনো ইভেন্ট খোলা নেই — ইভেন্ট ▸ নতুন ইভেন্ট বা নমুনা ইভেন্ট</translation>
    </message>
    <message>
        <source>{0} — WLT Desk</source>
        <translation>{0} — WLT Desk</translation>
    </message>
    <message>
        <source>server</source>
        <translation>সার্ভার</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation>স্টোর: {0}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>বিভাগসমূহ</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>সাম্প্রতিক ইভেন্ট (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>নতুন ইভেন্ট (&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>ইভেন্ট (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>নির্দেশিকা (&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>ইভেন্ট খুলুন (&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Event de&amp;tails…</source>
        <translation>ইভেন্টের বিবরণ (&amp;T)…</translation>
    </message>
    <message>
        <source>Name, venue and photo credits of the open event</source>
        <translation>খোলা ইভেন্টের নাম, স্থান ও ছবির কৃতিত্ব</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>নমুনা ইভেন্ট খুলুন (&amp;D)</translation>
    </message>
    <message>
        <source>Open another &amp;store file…</source>
        <translation>অন্য স্টোর ফাইল খুলুন (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>প্রস্থান করুন (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>পছন্দসমূহ (&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>কিবোর্ড শর্টকাট (&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the section shown, and those that work everywhere</source>
        <translation>দেখানো অংশের সব কী, আর যেগুলো সব জায়গায় কাজ করে</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About WLT Desk</source>
        <translation>WLT Desk সম্পর্কে (&amp;A)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The whole circle</source>
        <translation>পুরো সার্কেল</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>নোট যোগ করুন</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>যোগ করুন</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>নোট সম্পাদনা</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>কার বিষয়ে (&amp;A):</translation>
    </message>
    <message>
        <source>An&amp;onymous — the speaker is not stored anywhere</source>
        <translation>নাম প্রকাশ ছাড়া — বক্তার নাম কোথাও সংরক্ষিত হবে না (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>নোট (&amp;N):</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>নোটের লেখা</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>বিষয়বস্তু (&amp;T):</translation>
    </message>
    <message>
        <source>e.g. confidence, partnerships (comma between themes)</source>
        <translation>যেমন আত্মবিশ্বাস, অংশীদারত্ব (বিষয়গুলোর মাঝে কমা দিন)</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>কারা দেখতে পাবেন (&amp;V):</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Open a store file</source>
        <extracomment>How the address of a file store starts (``wltdesk.store``&apos;s URLs).</extracomment>
        <translation>স্টোর ফাইল খুলুন</translation>
    </message>
    <message>
        <source>WLT Desk stores (*.sqlite);;All files (*)</source>
        <translation>WLT ডেস্ক স্টোর (*.sqlite);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Type the database&apos;s address, such as postgresql+psycopg://user@server/wlt.</source>
        <translation>ডেটাবেসের ঠিকানা লিখুন, যেমন postgresql+psycopg://user@server/wlt।</translation>
    </message>
    <message>
        <source>Choose the store file.</source>
        <translation>স্টোর ফাইলটি বেছে নিন।</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>{0} নামে কোনো ফাইল নেই।</translation>
    </message>
    <message>
        <source>Open another store</source>
        <translation>অন্য স্টোর খুলুন</translation>
    </message>
    <message>
        <source>A store holds events and everything recorded in them. WLT Desk opens this one again at the next start.</source>
        <translation>একটি স্টোরে ইভেন্ট আর সেগুলোতে লেখা সবকিছু থাকে। পরের বার চালু হলে WLT Desk এই স্টোরটিই আবার খুলবে।</translation>
    </message>
    <message>
        <source>A store &amp;file on this computer or a USB stick (.sqlite)</source>
        <translation>এই কম্পিউটারে বা USB স্টিকে রাখা স্টোর ফাইল (.sqlite) (&amp;F)</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>স্টোর ফাইল</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রাউজ (&amp;B)…</translation>
    </message>
    <message>
        <source>The organizer&apos;s Postgre&amp;SQL database</source>
        <translation>আয়োজকের PostgreSQL ডেটাবেস (&amp;S)</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>ডেটাবেসের ঠিকানা</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Role</source>
        <translation>ভূমিকা</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation>স্থানীয় লিপিতে নাম</translation>
    </message>
    <message>
        <source>Wiki username</source>
        <translation>উইকি ইউজারনেম</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>সর্বনাম</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>ছবির সম্মতি</translation>
    </message>
    <message>
        <source>On the published list</source>
        <translation>প্রকাশিত তালিকায়</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>ব্যাজ কোড</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>অংশগ্রহণকারী</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>আয়োজক</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>না</translation>
    </message>
    <message>
        <source>A badge code cannot be empty.</source>
        <translation>ব্যাজ কোড ফাঁকা রাখা যাবে না।</translation>
    </message>
    <message>
        <source>“{0}” is not an email address.</source>
        <translation>“{0}” কোনো ইমেইল ঠিকানা নয়।</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters.</source>
        <translation>{0} {1} অক্ষরের চেয়ে দীর্ঘ।</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} সম্পাদনা</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} যোগ</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Open or create an event first.</source>
        <extracomment>The person field a column shows. The roles the model answers; Qt asks each cell for more (colours, alignment…). A change was refused; the message is for the user. The roster started or finished loading (see :attr:`loading`).</extracomment>
        <translation>আগে একটি ইভেন্ট খুলুন বা তৈরি করুন।</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} মুছুন</translation>
    </message>
    <message>
        <source>Delete {0} people</source>
        <translation>{0} জনকে মুছুন</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>Filter the roster</source>
        <extracomment>Narrowest a column is made to fit the pane (pixels); the user can drag it wider. Columns never cut: a facilitator finds people by their names.</extracomment>
        <translation>তালিকা ফিল্টার করুন</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>ফিল্টার মুছুন</translation>
    </message>
    <message>
        <source>Delete the chosen people</source>
        <translation>বাছাই করা ব্যক্তিদের মুছুন</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>ব্যক্তি যোগ করুন…</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>কোনো ইভেন্ট খোলা নেই</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>তালিকা লোড হচ্ছে…</translation>
    </message>
    <message>
        <source>{0} of {1} people</source>
        <translation>{1} জনের মধ্যে {0} জন</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>১ জন</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} জন</translation>
    </message>
    <message>
        <source>Remove {0} from the roster?</source>
        <translation>{0}-কে তালিকা থেকে সরাবেন?</translation>
    </message>
    <message>
        <source>Remove {0} people from the roster?</source>
        <translation>{0} জনকে তালিকা থেকে সরাবেন?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Their check-ins stay; Ctrl+Z brings them back.</source>
        <translation>তাঁদের চেক-ইন থেকে যাবে; Ctrl+Z চাপলে তাঁরা ফিরে আসবেন।</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>তালিকা আমদানি</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>তালিকা (*.csv *.tsv *.txt *.xlsx);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>মানুষ</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>মানুষ ছাঁকুন…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>মানুষ ছাঁকুন</translation>
    </message>
    <message>
        <source>Shows the people whose name, code, region or any other column contains the text (Ctrl+F)</source>
        <translation>যাঁদের নাম, কোড, অঞ্চল বা অন্য কোনো কলামে লেখাটি আছে তাঁদের দেখায় (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>ব্যক্তি যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>সম্পাদনা (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the chosen person (Enter or double-click a row)</source>
        <translation>বাছাই করা ব্যক্তিকে সম্পাদনা করুন (Enter বা সারিতে ডাবল-ক্লিক)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <source>Remove the chosen people from the roster (Delete); Ctrl+Z brings them back</source>
        <translation>বাছাই করা মানুষদের তালিকা থেকে সরান (Delete); Ctrl+Z চাপলে ফিরে আসবেন</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>তালিকা আমদানি (&amp;I)…</translation>
    </message>
    <message>
        <source>Add and update people from a CSV or Excel file; people already on the roster are recognised, not added twice</source>
        <translation>CSV বা এক্সেল ফাইল থেকে মানুষ যোগ ও হালনাগাদ করুন; তালিকায় আগে থেকে থাকা মানুষদের চেনা হয়, দুবার যোগ হয় না</translation>
    </message>
    <message>
        <source>People on the roster</source>
        <translation>তালিকাভুক্ত মানুষ</translation>
    </message>
    <message>
        <source>Click a cell of the chosen row (or press F2) to change it in place; Enter opens the whole record.</source>
        <translation>বাছাই করা সারির কোনো ঘরে ক্লিক করে (বা F2 চেপে) সেখানেই বদলান; Enter পুরো তথ্য খোলে।</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <extracomment>Text fields of the form: field → line edit attribute of the compiled form.</extracomment>
        <translation>ব্যক্তি যোগ করুন</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} সম্পাদনা</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ব্যক্তি</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>As on the badge and the sign-in sheet (required)</source>
        <translation>ব্যাজ ও স্বাক্ষর শিটে যেমন থাকবে (আবশ্যক)</translation>
    </message>
    <message>
        <source>Name in local &amp;script:</source>
        <translation>স্থানীয় লিপিতে নাম (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ভূমিকা (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Badge code:</source>
        <translation>ব্যাজ কোড (&amp;B):</translation>
    </message>
    <message>
        <source>A new code is made when left empty</source>
        <translation>ফাঁকা রাখলে নতুন কোড তৈরি হবে</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>অঞ্চল (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>প্রতিষ্ঠান (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Wiki username:</source>
        <translation>উইকি ইউজারনেম (&amp;W):</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>ইমেইল (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ফোন (&amp;P):</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>লিঙ্গ (&amp;E):</translation>
    </message>
    <message>
        <source>Optional, as the person describes it</source>
        <translation>ঐচ্ছিক, ব্যক্তি নিজে যেভাবে বলেন</translation>
    </message>
    <message>
        <source>Pron&amp;ouns:</source>
        <translation>সর্বনাম (&amp;O):</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>ভাষা (&amp;U):</translation>
    </message>
    <message>
        <source>P&amp;hoto consent:</source>
        <translation>ছবির সম্মতি (&amp;H):</translation>
    </message>
    <message>
        <source>On the published &amp;list:</source>
        <translation>প্রকাশিত তালিকায় (&amp;L):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>নোট (&amp;T):</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Blank plan</source>
        <translation>ফাঁকা পরিকল্পনা</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ইংরেজি</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(কোনো গ্রুপ নেই)</translation>
    </message>
    <message>
        <source>e.g. Rangpur outreach 2026</source>
        <translation>যেমন: রংপুর পরিচিতিমূলক অনুষ্ঠান ২০২৬</translation>
    </message>
    <message>
        <source>The goal or vision of the plan</source>
        <translation>পরিকল্পনার লক্ষ্য বা স্বপ্ন</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>নতুন কর্মপরিকল্পনা</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>শুরু করুন (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনাম (&amp;T):</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>গ্রুপ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>অঞ্চল (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>লক্ষ্য (&amp;G):</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>planned</source>
        <extracomment>Where an empty due date starts when its editor opens (it is only kept if changed). Keys a person types between year, month and day.</extracomment>
        <translation>পরিকল্পিত</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>চলমান</translation>
    </message>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>বাদ দেওয়া</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>সময় পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>তারিখ নেই</translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message>
        <source>Open (planned or in progress)</source>
        <extracomment>The plans changed since the rows were read (read again when the tab shows).</extracomment>
        <translation>খোলা (পরিকল্পিত বা চলমান)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>যেকোনো অবস্থা</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>যে কেউ</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>সব অঞ্চল</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>অঞ্চল নেই</translation>
    </message>
    <message>
        <source>1 item</source>
        <extracomment>The plan a tree item (or a follow-up row) belongs to.</extracomment>
        <translation>১টি কাজ</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0}টি কাজ</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0}টির সময় পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>Open or create an event (Event menu) to capture its action plans.</source>
        <translation>কর্মপরিকল্পনা লিখতে একটি ইভেন্ট খুলুন বা তৈরি করুন (ইভেন্ট মেনু)।</translation>
    </message>
    <message>
        <source>No action plans yet — New plan… starts one, blank or from a template.</source>
        <translation>এখনও কোনো কর্মপরিকল্পনা নেই — “নতুন পরিকল্পনা…” দিয়ে ফাঁকা বা টেমপ্লেট থেকে শুরু করুন।</translation>
    </message>
    <message>
        <source>{0} plans · {1} items · {2} overdue</source>
        <translation>{0}টি পরিকল্পনা · {1}টি কাজ · {2}টির সময় পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>Add item “{0}”</source>
        <extracomment>Columns as wide as their contents (short: a date, a status); the others share the rest of the width and wrap their words, so every column shows without scrolling.</extracomment>
        <translation>কাজ যোগ “{0}”</translation>
    </message>
    <message>
        <source>Edit item “{0}”</source>
        <translation>কাজ সম্পাদনা “{0}”</translation>
    </message>
    <message>
        <source>Choose or create a plan first.</source>
        <translation>আগে একটি পরিকল্পনা বেছে নিন বা তৈরি করুন।</translation>
    </message>
    <message>
        <source>An action plan needs a title.</source>
        <translation>কর্মপরিকল্পনার একটি শিরোনাম দরকার।</translation>
    </message>
    <message>
        <source>Edit plan “{0}”</source>
        <translation>পরিকল্পনা সম্পাদনা “{0}”</translation>
    </message>
    <message>
        <source>New plan “{0}”</source>
        <translation>নতুন পরিকল্পনা “{0}”</translation>
    </message>
    <message>
        <source>Delete plan “{0}”</source>
        <translation>পরিকল্পনা মুছুন “{0}”</translation>
    </message>
    <message>
        <source>Delete item “{0}”</source>
        <translation>কাজ মুছুন “{0}”</translation>
    </message>
    <message>
        <source>Move item “{0}”</source>
        <translation>কাজ সরান “{0}”</translation>
    </message>
    <message>
        <source>{0} items shown · &lt;b&gt;{1} overdue&lt;/b&gt;</source>
        <translation>{0}টি কাজ দেখানো হচ্ছে · &lt;b&gt;{1}টির সময় পেরিয়ে গেছে&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} items shown · none overdue</source>
        <translation>{0}টি কাজ দেখানো হচ্ছে · কোনোটির সময় পেরোয়নি</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>নতুন পরিকল্পনা…</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>শেষ তারিখগুলো রপ্তানি</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>আই-ক্যালেন্ডার (*.ics)</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>কাজগুলো রপ্তানি</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0}: {1} due dates saved</source>
        <translation>{0}: {1}টি শেষ তারিখ সংরক্ষিত</translation>
    </message>
    <message>
        <source>{0}: {1} items saved</source>
        <translation>{0}: {1}টি কাজ সংরক্ষিত</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>কর্মপরিকল্পনা</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>নতুন পরিকল্পনা (&amp;N)…</translation>
    </message>
    <message>
        <source>Start a plan, blank or from a template (Ctrl+N)</source>
        <translation>একটি পরিকল্পনা শুরু করুন, ফাঁকা বা টেমপ্লেট থেকে (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>পরিকল্পনা মুছুন</translation>
    </message>
    <message>
        <source>Delete the chosen plan with its items; Ctrl+Z brings it back</source>
        <translation>বাছাই করা পরিকল্পনা তার কাজসহ মুছুন; Ctrl+Z দিয়ে ফিরিয়ে আনা যায়</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>পরিকল্পনা (&amp;P)</translation>
    </message>
    <message>
        <source>Action plans by region</source>
        <translation>অঞ্চলভিত্তিক কর্মপরিকল্পনা</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনাম (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>অঞ্চল (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>লক্ষ্য (&amp;G):</translation>
    </message>
    <message>
        <source>The goal or vision of the plan</source>
        <translation>পরিকল্পনার লক্ষ্য বা স্বপ্ন</translation>
    </message>
    <message>
        <source>Action items of the plan</source>
        <translation>পরিকল্পনার কাজসমূহ</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>কাজ যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Start a new item at the end (Ctrl+Enter)</source>
        <translation>শেষে একটি নতুন কাজ শুরু করুন (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>উপরে সরান (&amp;U)</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>কাজটি উপরে সরান (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>নিচে সরান (&amp;W)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>কাজটি নিচে সরান (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>কাজ মুছুন</translation>
    </message>
    <message>
        <source>Delete the item (Ctrl+Delete); Ctrl+Z brings it back</source>
        <translation>কাজটি মুছুন (Ctrl+Delete); Ctrl+Z দিয়ে ফিরিয়ে আনা যায়</translation>
    </message>
    <message>
        <source>Type to fill a cell · Tab: next column · Enter: next row, a new item after the last · Ctrl+Z undoes</source>
        <translation>ঘর পূরণ করতে লিখুন · Tab: পরের কলাম · Enter: পরের সারি, শেষ সারির পরে নতুন কাজ · Ctrl+Z: আগের অবস্থায় ফেরা</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>ফলো-আপ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>অবস্থা (&amp;S):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>দায়িত্বপ্রাপ্ত (&amp;W):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>অঞ্চল (&amp;G):</translation>
    </message>
    <message>
        <source>Due &amp;before</source>
        <translation>এর আগে শেষ তারিখ (&amp;B)</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>শুধু সময় পেরোনো (&amp;O)</translation>
    </message>
    <message>
        <source>Action items to follow up, soonest due first</source>
        <translation>ফলো-আপের কাজ, যেটির শেষ তারিখ আগে সেটি প্রথমে</translation>
    </message>
    <message>
        <source>Export &amp;iCalendar…</source>
        <translation>আই-ক্যালেন্ডার রপ্তানি (&amp;I)…</translation>
    </message>
    <message>
        <source>Save the due dates of the items shown as a calendar file (.ics)</source>
        <translation>দেখানো কাজগুলোর শেষ তারিখ ক্যালেন্ডার ফাইল (.ics) হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV রপ্তানি (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the items shown as a spreadsheet (.csv)</source>
        <translation>দেখানো কাজগুলো স্প্রেডশিট (.csv) হিসেবে সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <source>the event&apos;s setting</source>
        <translation>ইভেন্টের নির্ধারিত সময়</translation>
    </message>
    <message>
        <source> min after the start</source>
        <translation> মিনিট পরে (শুরু থেকে)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>সিস্টেম অনুযায়ী</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>হালকা</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>গাঢ়</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>পছন্দসমূহ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>La&amp;te after:</source>
        <translation>দেরি ধরা হবে (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Circles: the next speaker&apos;s time starts on Next (→)</source>
        <translation>সার্কেলে পরের বক্তায় গেলে (→) তাঁর সময় নিজে থেকেই শুরু হবে (&amp;C)</translation>
    </message>
    <message>
        <source>Untick to start each speaker&apos;s time yourself with Space</source>
        <translation>প্রত্যেক বক্তার সময় Space চেপে নিজে শুরু করতে টিক তুলে দিন</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>রঙের ধরন (&amp;S):</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>রঙের ধরন</translation>
    </message>
    <message>
        <source>A new language applies the next time WLT Desk starts.</source>
        <translation>নতুন ভাষা WLT Desk পরের বার চালু হলে কার্যকর হবে।</translation>
    </message>
</context>
<context>
    <name>PrintPane</name>
    <message>
        <source>English</source>
        <translation>ইংরেজি</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>বাংলা</translation>
    </message>
    <message>
        <source>English and Bengali</source>
        <translation>ইংরেজি ও বাংলা</translation>
    </message>
    <message>
        <source>A4</source>
        <extracomment>The output or one of its options changed: a preview shown is out of date.</extracomment>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>লেটার</translation>
    </message>
    <message>
        <source>Everyone on the roster</source>
        <translation>তালিকার সবাই</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>শুধু যাদের এখনও ব্যাজ নেই</translation>
    </message>
    <message>
        <source>No one: blank badges only</source>
        <translation>কেউ নয়: শুধু ফাঁকা ব্যাজ</translation>
    </message>
    <message>
        <source>Public notes only</source>
        <translation>শুধু প্রকাশ্য নোট</translation>
    </message>
    <message>
        <source>Notes for organizers too</source>
        <translation>আয়োজকদের জন্য নোটও</translation>
    </message>
    <message>
        <source>All notes, private ones too</source>
        <translation>সব নোট, ব্যক্তিগতগুলোও</translation>
    </message>
    <message>
        <source>Open an event to print for it.</source>
        <translation>ছাপানোর জন্য একটি ইভেন্ট খুলুন।</translation>
    </message>
    <message>
        <source>All group sets</source>
        <translation>সব গ্রুপ সেট</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>সব সার্কেল</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>সংরক্ষণ করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>The agenda has no session yet: add one first.</source>
        <translation>কর্মসূচিতে এখনও কোনো সেশন নেই: আগে একটি যোগ করুন।</translation>
    </message>
    <message>
        <source>Choose how many blank badges to print.</source>
        <translation>কয়টি ফাঁকা ব্যাজ ছাপাবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Everyone on the roster has a badge already.</source>
        <translation>তালিকার সবার ইতিমধ্যে ব্যাজ আছে।</translation>
    </message>
    <message>
        <source>Options changed: building the new pages…</source>
        <translation>বিকল্প বদলেছে: নতুন পাতাগুলো তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>ছাপানো যাচ্ছে না</translation>
    </message>
    <message>
        <source>Options changed: no pages to show.</source>
        <translation>বিকল্প বদলেছে: দেখানোর মতো কোনো পাতা নেই।</translation>
    </message>
    <message>
        <source>Building the pages…</source>
        <translation>পাতা তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>পাতা %1</translation>
    </message>
    <message>
        <source>%1 pages (the first %2 shown)</source>
        <translation>%1 পাতা (প্রথম %2টি দেখানো হয়েছে)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>১ পাতা</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 পাতা</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>প্রাকদর্শন প্রস্তুত।</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> এবং আরও %1 জন</translation>
    </message>
    <message>
        <source>%1 of these badges were printed before (%2). Print them again?</source>
        <translation>এর মধ্যে %1টি ব্যাজ আগে ছাপা হয়েছে (%2)। আবার ছাপাবেন?</translation>
    </message>
    <message>
        <source>Print badges again?</source>
        <translation>ব্যাজ আবার ছাপাবেন?</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF সংরক্ষণ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 সংরক্ষিত হয়েছে (%2 পাতা)।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>সংরক্ষণ হচ্ছে…</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 পাতা প্রিন্টারে পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>প্রিন্টারের জন্য পাতা প্রস্তুত হচ্ছে…</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <extracomment>After an option changes, a shown preview is rebuilt once the choices rest this long (ms).</extracomment>
        <translation>প্রিন্টার প্রস্তুত নয়।</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>কী ছাপাবেন (&amp;O):</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>কী ছাপাবেন</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>কাগজ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>ছাপার ভাষা</translation>
    </message>
    <message>
        <source>English, Bengali, or both on one page; the event&apos;s choice unless you change it here</source>
        <translation>ইংরেজি, বাংলা, অথবা একই পাতায় দুটোই; এখানে না বদলালে ইভেন্টের জন্য বাছাই করা ভাষা</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>সেশন (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Walk-in rows:</source>
        <translation>নতুন আগতদের সারি (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Badges for:</source>
        <translation>ব্যাজ কাদের জন্য (&amp;B):</translation>
    </message>
    <message>
        <source>Gro&amp;up set:</source>
        <translation>গ্রুপ সেট (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>সার্কেল (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Notes shown:</source>
        <translation>যে নোট দেখানো হবে (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Minimum sessions:</source>
        <translation>ন্যূনতম সেশন (&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;tock:</source>
        <translation>স্টক (&amp;T):</translation>
    </message>
    <message>
        <source>What the badges are printed on</source>
        <translation>ব্যাজ কিসের উপর ছাপা হবে</translation>
    </message>
    <message>
        <source>Bl&amp;ank badges:</source>
        <translation>ফাঁকা ব্যাজ (&amp;A):</translation>
    </message>
    <message>
        <source>Badges with no name, for walk-ins to write on</source>
        <translation>নাম ছাড়া ব্যাজ, সরাসরি আগতরা নিজের নাম লিখবেন</translation>
    </message>
    <message>
        <source>Event on bad&amp;ges:</source>
        <translation>ব্যাজে ইভেন্ট (&amp;G):</translation>
    </message>
    <message>
        <source>The event&apos;s short name on badges</source>
        <translation>ব্যাজে ইভেন্টের সংক্ষিপ্ত নাম</translation>
    </message>
    <message>
        <source>What the badges&apos; top band says; empty: the event&apos;s name, or its initials when it is too long</source>
        <translation>ব্যাজের উপরের পট্টিতে যা লেখা থাকবে; খালি রাখলে: ইভেন্টের নাম, আর বেশি লম্বা হলে এর আদ্যক্ষর</translation>
    </message>
    <message>
        <source>Build the PDF and show its pages here</source>
        <translation>PDF তৈরি করে এর পাতাগুলো এখানে দেখান</translation>
    </message>
    <message>
        <source>Prev&amp;iew</source>
        <translation>প্রাকদর্শন (&amp;I)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF সংরক্ষণ (&amp;D)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ছাপান (&amp;R)…</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>পাতাগুলোর প্রাকদর্শন</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>WLT Desk — projector</source>
        <extracomment>Names smaller than this share of the unit (18 px at 720 lines) are hard to read from the back of a room; groups that would need smaller type are paged. How long a page of groups stays before the next one turns in. Seconds left, emitted at least once a second while running and on every change.</extracomment>
        <translation>WLT Desk — প্রজেক্টর</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ড্রাইভ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Qt&apos;s own file dialog, shown where the desktop offers none (a bare Linux session).</extracomment>
        <translation>যেখানে খুঁজবেন (&amp;L):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ফাইলের নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ফাইলের ধরন (&amp;T):</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ফোল্ডার:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>বেছে নিন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>নাম বদলান (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>নতুন ফোল্ডার (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>নতুন ফোল্ডার</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>লুকানো ফাইলও দেখান (&amp;H)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পেছনে</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>সামনে</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>উপরের ফোল্ডার</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>তালিকা আকারে</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>বিস্তারিত আকারে</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>পেছনে যান</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>সামনে যান</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>উপরের ফোল্ডারে যান</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>একটি নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>তালিকা আকারে দেখান</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>বিস্তারিত আকারে দেখান</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>পাশের তালিকা</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>জায়গা ও বুকমার্কের তালিকা</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>সাম্প্রতিক জায়গা</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 আগে থেকেই আছে।
এটির জায়গায় নতুনটি রাখবেন?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ফাইলটি পাওয়া যায়নি।
ফাইলের নাম ঠিক লেখা হয়েছে কি না দেখে নিন।</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ফোল্ডারটি পাওয়া যায়নি।
ফোল্ডারের নাম ঠিক লেখা হয়েছে কি না দেখে নিন।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>‘%1’ লেখা থেকে সুরক্ষিত।
তবুও মুছে ফেলবেন?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>‘%1’ সত্যিই মুছে ফেলবেন?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ফোল্ডারটি মোছা যায়নি।</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>বদলানোর তারিখ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>কম্পিউটার</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The same buttons as the GNOME theme names them (Linux desktops with GTK).</extracomment>
        <translation>ঠিক আছে (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>বাতিল (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>বন্ধ করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>সংরক্ষণ না করে বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>The right-click menu of one-line fields (QLineEdit) and text boxes.</extracomment>
        <translation>পূর্বাবস্থায় ফেরান (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বাছাই করুন</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>The details button of a message box that has more to show (the event key&apos;s text).</extracomment>
        <translation>বিস্তারিত দেখান…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>বিস্তারিত লুকান…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>সব সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>সবগুলোতে হ্যাঁ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>না (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>সবগুলোতে না (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>থামান</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>উপেক্ষা করুন</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>আগের মতো করুন</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ডিফল্ট ফিরিয়ে আনুন</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>লিংকের ঠিকানা কপি করুন (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বাছাই করুন</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <source>Read bac&amp;k sheets…</source>
        <translation>হাজিরা শিট ফেরত পড়ুন (&amp;K)…</translation>
    </message>
    <message>
        <source>Check people in from photos or scans of printed sign-in sheets</source>
        <translation>ছাপা হাজিরা শিটর ছবি বা স্ক্যান থেকে চেক-ইন করুন</translation>
    </message>
    <message>
        <source>Read back sign-in sheets</source>
        <translation>হাজিরা শিট ফেরত পড়া</translation>
    </message>
    <message>
        <source>&amp;Add photos or scans…</source>
        <translation>ছবি বা স্ক্যান যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Type in a sheet…</source>
        <translation>তালিকা টাইপ করুন (&amp;T)…</translation>
    </message>
    <message>
        <source>or drop photos here (JPEG, PNG, PDF)</source>
        <translation>অথবা ছবিগুলো এখানে টেনে আনুন (JPEG, PNG, PDF)</translation>
    </message>
    <message>
        <source>At the session&apos;s &amp;start</source>
        <translation>সেশনের শুরুতে (&amp;S)</translation>
    </message>
    <message>
        <source>Checked in:</source>
        <translation>চেক-ইনের সময়:</translation>
    </message>
    <message>
        <source>&amp;Record ticked</source>
        <translation>টিক দেওয়াগুলো রেকর্ড করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>আগের অবস্থায় ফেরান</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>আবার করুন</translation>
    </message>
    <message>
        <source>Photos or scans of sign-in sheets</source>
        <translation>হাজিরা শিটর ছবি বা স্ক্যান</translation>
    </message>
    <message>
        <source>Photos and scans ({0})</source>
        <translation>ছবি ও স্ক্যান ({0})</translation>
    </message>
    <message>
        <source>{0} — {1}, page {2}</source>
        <translation>{0} — {1}, পৃষ্ঠা {2}</translation>
    </message>
    <message>
        <source>walk-in (written in: add them at the desk)</source>
        <translation>সরাসরি আগত (নাম লেখা আছে: ডেস্কে যোগ করুন)</translation>
    </message>
    <message>
        <source>walk-in row</source>
        <translation>সরাসরি আগত সারি</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>টিক দেওয়া</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>অস্পষ্ট</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>খালি</translation>
    </message>
    <message>
        <source>Row {0} · {1}: {2} — Space flips, arrows move</source>
        <translation>সারি {0} · {1}: {2} — স্পেস চাপলে বদলায়, তীর চিহ্নে সরুন</translation>
    </message>
    <message>
        <source>No sheets read yet.</source>
        <translation>এখনো কোনো তালিকা পড়া হয়নি।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Lnটি টিক</numerusform>
            <numerusform>%Lnটি টিক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unclear: decide them (Space), or they are not recorded</source>
        <translation>
            <numerusform>%Lnটি অস্পষ্ট: সিদ্ধান্ত দিন (স্পেস), নইলে রেকর্ড হবে না</numerusform>
            <numerusform>%Lnটি অস্পষ্ট: সিদ্ধান্ত দিন (স্পেস), নইলে রেকর্ড হবে না</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked in from paper (Ctrl+Z takes them back)</source>
        <translation>
            <numerusform>কাগজ থেকে %Ln জনের চেক-ইন হয়েছে (Ctrl+Z চাপলে ফিরে যাবে)</numerusform>
            <numerusform>কাগজ থেকে %Ln জনের চেক-ইন হয়েছে (Ctrl+Z চাপলে ফিরে যাবে)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins from paper: %Ln</source>
        <translation>
            <numerusform>কাগজ থেকে চেক-ইন: %Ln</numerusform>
            <numerusform>কাগজ থেকে চেক-ইন: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Rejected rows — {0}</source>
        <translation>বাতিল সারি — {0}</translation>
    </message>
    <message>
        <source>{0} rows were not imported. Correct them in the file and import it again: people already imported are recognised and updated, not added twice.</source>
        <translation>{0}টি সারি আমদানি হয়নি। ফাইলে সেগুলো ঠিক করে আবার আমদানি করুন: আগে আমদানি হওয়া মানুষদের চেনা ও হালনাগাদ করা হবে, দুবার যোগ হবে না।</translation>
    </message>
    <message>
        <source>1 row was not imported. Correct it in the file and import it again: people already imported are recognised and updated, not added twice.</source>
        <translation>১টি সারি আমদানি হয়নি। ফাইলে সেটি ঠিক করে আবার আমদানি করুন: আগে আমদানি হওয়া মানুষদের চেনা ও হালনাগাদ করা হবে, দুবার যোগ হবে না।</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>লাইন</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(কলাম {0})</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>বাতিল সারি</translation>
    </message>
    <message>
        <source>&amp;Copy as table</source>
        <translation>সারণি হিসেবে কপি (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the rows, tab-separated, to paste into a spreadsheet</source>
        <translation>স্প্রেডশিটে পেস্ট করার জন্য সারিগুলো ট্যাব দিয়ে আলাদা করে কপি করুন</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>✓ {0} at {1}</source>
        <translation>✓ {1}-এ {0}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>সেশন যোগ করুন</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>যোগ করুন</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>সেশন সম্পাদনা</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>আয়োজক</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>শুরুর আগেই শেষ</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} মিনিট</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} ঘণ্টা {1} মিনিট</translation>
    </message>
    <message>
        <source>The session needs a title.</source>
        <translation>সেশনের একটি শিরোনাম প্রয়োজন।</translation>
    </message>
    <message>
        <source>The session must end after it starts ({0} – {1}).</source>
        <translation>সেশন শুরুর পরে শেষ হতে হবে ({0} – {1})।</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>সেশন</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনাম (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>দিন (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>শুরু (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>শেষ (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ধরন (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>কক্ষ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>সহায়কগণ (&amp;F):</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>মানুষ ছাঁকুন…</translation>
    </message>
    <message>
        <source>Filter the people list</source>
        <translation>মানুষের তালিকা ছাঁকুন</translation>
    </message>
    <message>
        <source>Facilitators of the session</source>
        <translation>সেশনের সহায়কগণ</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Property an action may carry when its menu text changes with what it does (Undo names the change it undoes): the words for the sheet.</extracomment>
        <translation>কিবোর্ড শর্টকাট</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>সব জায়গায়</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: {0}</source>
        <translation>কিবোর্ড শর্টকাট: {0}</translation>
    </message>
    <message>
        <source>No keys of its own here.</source>
        <translation>এখানে নিজস্ব কোনো কী নেই।</translation>
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>পাওয়া গেছে</translation>
    </message>
    <message>
        <source>Where or what went wrong</source>
        <translation>কোথায়, বা কী ভুল হয়েছে</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>A target was added, made the default or removed: the pane shows it all again. A target was refused: the message for the user, and its technical details (&quot;&quot;). The dialog open now, if any: the password, or the offer to create a folder.</extracomment>
        <translation>লক্ষ্য</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ডিফল্ট</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>সর্বশেষ সিঙ্ক</translation>
    </message>
    <message>
        <source>never</source>
        <translation>কখনো না</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <extracomment>How often the automatic sync looks at the target, and the status text is refreshed. The status bar&apos;s text (&quot;Synced 2 minutes ago — everything sent&quot;), when it may change. A sync, import or export finished (for tests and the status bar). The event whose facts the section shows (None: none shown yet, or no event). The last message shown (with its details), for whoever looks again. What the section shows is read off the GUI thread (see :meth:`refresh`). The status line is read again after every change anywhere (a walk-in, an edit), off the GUI thread too: on a big event its reads cost a few ms.</extracomment>
        <translation>ল্যাপটপ (&amp;L)</translation>
    </message>
    <message>
        <source>Sync: no event open</source>
        <translation>সিঙ্ক: কোনো ইভেন্ট খোলা নেই</translation>
    </message>
    <message>
        <source> — check this laptop&apos;s clock</source>
        <translation> — এই ল্যাপটপের ঘড়ি দেখে নিন</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock looks wrong: changes in this store are stamped up to {0} days ahead of it. Check its date, time and time zone.</source>
        <translation>এই ল্যাপটপের ঘড়ি ভুল মনে হচ্ছে: এই স্টোরের পরিবর্তনগুলোর সময়ছাপ এর চেয়ে {0} দিন পর্যন্ত এগিয়ে। তারিখ, সময় ও সময় অঞ্চল ঠিক আছে কি না দেখুন।</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock looks wrong: it is {0} days behind the sync target&apos;s clock. Check its date, time and time zone.</source>
        <translation>এই ল্যাপটপের ঘড়ি ভুল মনে হচ্ছে: এটি সিঙ্ক লক্ষ্যের ঘড়ির চেয়ে {0} দিন পিছিয়ে। তারিখ, সময় ও সময় অঞ্চল ঠিক আছে কি না দেখুন।</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock looks wrong: it is {0} days ahead of the sync target&apos;s clock. Check its date, time and time zone.</source>
        <translation>এই ল্যাপটপের ঘড়ি ভুল মনে হচ্ছে: এটি সিঙ্ক লক্ষ্যের ঘড়ির চেয়ে {0} দিন এগিয়ে। তারিখ, সময় ও সময় অঞ্চল ঠিক আছে কি না দেখুন।</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <source>export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>import</source>
        <translation>ইমপোর্ট</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>current</source>
        <extracomment>A version was kept or made current (a change was written): every pane reloads. Keeping or picking was refused; the message is for the user.</extracomment>
        <translation>বর্তমান</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>বাতিল হওয়া</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>পর্যালোচনার মতো কোনো বিরোধ নেই।</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({0})</source>
        <translation>বিরোধ ({0}) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>বিরোধ (&amp;C)</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>চেক-ইন</translation>
    </message>
    <message>
        <source>check-in undone</source>
        <translation>চেক-ইন বাতিল</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{1}-এ {0}</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>এখনো পাঠানো হয়নি</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>কী সমস্যা হয়েছে</translation>
    </message>
    <message>
        <source>Each laptop writes only its own folder there and reads everyone&apos;s. A WebDAV address names the user (https://alice@cloud.example.org/…); its password is asked for and kept in this computer&apos;s keychain.</source>
        <translation>প্রতিটি ল্যাপটপ সেখানে শুধু নিজের ফোল্ডারে লেখে এবং সবার ফোল্ডার পড়ে। WebDAV ঠিকানায় ব্যবহারকারীর নাম থাকে (https://alice@cloud.example.org/…); তার পাসওয়ার্ড চেয়ে নেওয়া হয় এবং এই কম্পিউটারের কীচেইনে রাখা হয়।</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>শেয়ার করা ফোল্ডারটি বেছে নিন</translation>
    </message>
    <message>
        <source>Give a folder or a WebDAV address first.</source>
        <translation>আগে একটি ফোল্ডার বা WebDAV ঠিকানা দিন।</translation>
    </message>
    <message>
        <source>Give the whole path of the folder (such as {0}), or choose it with Folder…. A WebDAV address starts with https://.</source>
        <translation>ফোল্ডারের পুরো পথ দিন (যেমন {0}), অথবা ফোল্ডার… দিয়ে বেছে নিন। WebDAV ঠিকানা https:// দিয়ে শুরু হয়।</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>শেয়ার করা ফোল্ডার</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>{0} ফোল্ডারটি নেই।</translation>
    </message>
    <message>
        <source>If it is on a USB stick or a network share, plug it in or connect it, then try again. Or create the folder here now.</source>
        <translation>ফোল্ডারটি ইউএসবি স্টিকে বা নেটওয়ার্ক শেয়ারে থাকলে সেটি লাগান বা সংযুক্ত করুন, তারপর আবার চেষ্টা করুন। অথবা এখনই এখানে ফোল্ডারটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>ফোল্ডার তৈরি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>লক্ষ্য সরান</translation>
    </message>
    <message>
        <source>Stop syncing with {0}? Nothing on it is deleted; you can add it again later.</source>
        <translation>{0}-এর সাথে সিঙ্ক বন্ধ করবেন? সেখানে কিছুই মোছা হবে না; পরে আবার যোগ করতে পারবেন।</translation>
    </message>
    <message>
        <source>Set up a shared target first (a folder or WebDAV).</source>
        <extracomment>A job started or ended: the pane enables and disables its buttons. Merged work may have touched anything: every pane reloads. Something failed that the user should hear about: the message for them, and its technical details (&quot;&quot; if none).</extracomment>
        <translation>আগে একটি শেয়ার করা লক্ষ্য ঠিক করুন (একটি ফোল্ডার বা WebDAV)।</translation>
    </message>
    <message>
        <source>{0} changes written to {1}</source>
        <translation>{1}-এ {0}টি পরিবর্তন লেখা হয়েছে</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ফাইল ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>WLT Desk sync files (*.wltx)</source>
        <translation>WLT Desk সিঙ্ক ফাইল (*.wltx)</translation>
    </message>
    <message>
        <source>Some files could not be imported; the others were. Show Details says which, and why.</source>
        <translation>কিছু ফাইল ইমপোর্ট করা যায়নি; বাকিগুলো হয়েছে। কোনগুলো এবং কেন, তা বিস্তারিত দেখলে জানা যাবে।</translation>
    </message>
    <message>
        <source>The imported files belong to the event “{0}”. Open it now?</source>
        <translation>ইমপোর্ট করা ফাইলগুলো “{0}” ইভেন্টের। এখনই খুলবেন?</translation>
    </message>
    <message>
        <source>The file is locked with a passphrase. Passphrase:</source>
        <translation>ফাইলটি পাসফ্রেজ দিয়ে লক করা। পাসফ্রেজ:</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>চেক-ইন হয়নি</translation>
    </message>
    <message>
        <source>{0} → {1}: {2}</source>
        <translation>{0} → {1}: {2}টি</translation>
    </message>
    <message>
        <source>Files imported: {0}. New changes: {1} — new people: {2}, new check-ins: {3}, changed check-ins: {4}, new plans: {5}, new action items: {6}. Conflicts to review: {7}.</source>
        <translation>ইমপোর্ট করা ফাইল: {0}। নতুন পরিবর্তন: {1} — নতুন মানুষ: {2}, নতুন চেক-ইন: {3}, বদলানো চেক-ইন: {4}, নতুন পরিকল্পনা: {5}, নতুন করণীয়: {6}। পর্যালোচনার বিরোধ: {7}।</translation>
    </message>
    <message>
        <source>{0} changes were held for review: they were made on a laptop whose clock is more than a day ahead of this one. See Conflicts.</source>
        <translation>{0}টি পরিবর্তন পর্যালোচনার জন্য আটকে রাখা হয়েছে: এগুলো এমন একটি ল্যাপটপে করা, যার ঘড়ি এটির চেয়ে এক দিনেরও বেশি এগিয়ে। বিরোধ দেখুন।</translation>
    </message>
    <message>
        <source>This file belongs to an event this laptop does not have yet. Join the event first: Sync ▸ Join an event…, with the event key from the lead facilitator&apos;s QR code.</source>
        <translation>এই ফাইলটি এমন একটি ইভেন্টের, যা এই ল্যাপটপে এখনো নেই। আগে ইভেন্টে যোগ দিন: সিঙ্ক ▸ ইভেন্টে যোগ দিন…, প্রধান সহায়কের QR কোডের ইভেন্ট কী দিয়ে।</translation>
    </message>
    <message>
        <source>This event key does not open the file: it is the key of another event, or an old one. Scan the QR code of this event again.</source>
        <translation>এই ইভেন্ট কী দিয়ে ফাইলটি খোলে না: এটি অন্য কোনো ইভেন্টের কী, অথবা পুরোনো কী। এই ইভেন্টের QR কোডটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <source>The event key was changed after a laptop was lost. Ask the organizer for the new key and scan it in Sync ▸ Laptops (Enter a new key…).</source>
        <translation>একটি ল্যাপটপ হারানোর পর ইভেন্ট কী বদলানো হয়েছে। আয়োজকের কাছ থেকে নতুন কী নিন এবং সিঙ্ক ▸ ল্যাপটপ (নতুন কী দিন…) থেকে সেটি স্ক্যান করুন।</translation>
    </message>
    <message>
        <source>This file comes from a laptop that was revoked (lost or stolen): nothing it sends is taken.</source>
        <translation>এই ফাইলটি এমন একটি ল্যাপটপ থেকে এসেছে, যা প্রত্যাহার করা হয়েছে (হারানো বা চুরি যাওয়া): সেটি যা পাঠায় তার কিছুই নেওয়া হয় না।</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ইমপোর্ট</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again:</source>
        <translation>পাসফ্রেজ ভুল। আবার চেষ্টা করুন:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Event key</source>
        <translation>ইভেন্ট কী</translation>
    </message>
    <message>
        <source>Co-facilitators scan this code to join the event: the key opens the event&apos;s sync files and proves that they come from your team. Whoever has it can read every name, email, phone number and note of the event: show it only to your team, and never put it on the shared folder.</source>
        <translation>ইভেন্টে যোগ দিতে সহ-সহায়করা এই কোডটি স্ক্যান করেন: এই কী দিয়েই ইভেন্টের সিঙ্ক ফাইলগুলো খোলে, আর প্রমাণ হয় যে সেগুলো আপনার দলেরই। যার কাছে এটি থাকবে, সে ইভেন্টের প্রতিটি নাম, ইমেইল, ফোন নম্বর ও নোট পড়তে পারবে: শুধু আপনার দলকেই এটি দেখান, আর কখনো শেয়ার করা ফোল্ডারে রাখবেন না।</translation>
    </message>
    <message>
        <source>&amp;Save QR code…</source>
        <translation>QR কোড সংরক্ষণ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save the event key</source>
        <translation>ইভেন্ট কী সংরক্ষণ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG ছবি (*.png);;SVG ছবি (*.svg)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>সিঙ্ক (&amp;S)</translation>
    </message>
    <message>
        <source>Shared target</source>
        <translation>শেয়ার করা লক্ষ্য</translation>
    </message>
    <message>
        <source>A folder (USB stick, shared or cloud folder) or a WebDAV address (https://…)</source>
        <translation>একটি ফোল্ডার (ইউএসবি স্টিক, শেয়ার করা বা ক্লাউড ফোল্ডার) অথবা একটি WebDAV ঠিকানা (https://…)</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>সিঙ্কের লক্ষ্য</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>ফোল্ডার (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Use this target</source>
        <translation>এই লক্ষ্য ব্যবহার করুন (&amp;U)</translation>
    </message>
    <message>
        <source>Sync targets</source>
        <translation>সিঙ্ক লক্ষ্য</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>ডিফল্ট করুন (&amp;D)</translation>
    </message>
    <message>
        <source>Sync with the chosen target from now on</source>
        <translation>এখন থেকে বেছে নেওয়া লক্ষ্যের সাথে সিঙ্ক করুন</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>সরান (&amp;R)</translation>
    </message>
    <message>
        <source>Forget the chosen target (nothing on it is deleted)</source>
        <translation>বেছে নেওয়া লক্ষ্য ভুলে যান (সেখানে কিছুই মোছা হয় না)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>এখনই সিঙ্ক (&amp;N)</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s new work to the target and merge the others&apos;</source>
        <translation>এই ল্যাপটপের নতুন কাজ লক্ষ্যে পাঠান এবং অন্যদের কাজ মিলিয়ে নিন</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>স্বয়ংক্রিয়ভাবে সিঙ্ক (&amp;A)</translation>
    </message>
    <message>
        <source>Check the target every minute and sync when it can be reached</source>
        <translation>প্রতি মিনিটে লক্ষ্যটি দেখে নেয় এবং পৌঁছানো গেলে সিঙ্ক করে</translation>
    </message>
    <message>
        <source>Write the event&apos;s changes to a file (.wltx) for a USB stick or e-mail</source>
        <translation>ইউএসবি স্টিক বা ই-মেইলের জন্য ইভেন্টের পরিবর্তনগুলো একটি ফাইলে (.wltx) লিখুন</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>ফাইল ইমপোর্ট (&amp;I)…</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>ফোল্ডার ইমপোর্ট (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Join an event…</source>
        <translation>ইভেন্টে যোগ দিন (&amp;J)…</translation>
    </message>
    <message>
        <source>Join an event with its package and the event key from the QR code (or a join package and its passphrase)</source>
        <translation>ইভেন্ট প্যাকেজ ও QR কোডের ইভেন্ট কী দিয়ে (অথবা যোগদান প্যাকেজ ও তার পাসফ্রেজ দিয়ে) একটি ইভেন্টে যোগ দিন</translation>
    </message>
    <message>
        <source>Event &amp;key…</source>
        <translation>ইভেন্ট কী (&amp;K)…</translation>
    </message>
    <message>
        <source>Show the event key as a QR code for co-facilitators</source>
        <translation>দলের অন্য সহায়কদের জন্য ইভেন্ট কী QR কোড হিসেবে দেখান</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ইতিহাস</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>সিঙ্কের ইতিহাস</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>পর্যালোচনার জন্য বিরোধ</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>রেকর্ড ও ঘর</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>মান</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>যে ল্যাপটপে লেখা</translation>
    </message>
    <message>
        <source>When (venue time)</source>
        <translation>কখন (অনুষ্ঠানস্থলের সময়)</translation>
    </message>
    <message>
        <source>Had seen</source>
        <translation>আগে যা দেখেছিল</translation>
    </message>
    <message>
        <source>Make the chosen value current again; it reaches the other laptops with the next sync</source>
        <translation>বেছে নেওয়া মানটিকে আবার বর্তমান করুন; পরের সিঙ্কে এটি অন্য ল্যাপটপগুলোতে পৌঁছাবে</translation>
    </message>
    <message>
        <source>&amp;Keep the current value</source>
        <translation>বর্তমান মানই রাখুন (&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>এক্সপোর্ট (&amp;X)…</translation>
    </message>
    <message>
        <source>Mark the conflict reviewed, keeping the value in use; the review reaches the other laptops with the next sync</source>
        <translation>ব্যবহৃত মানটি রেখে বিরোধটি পর্যালোচিত হিসেবে চিহ্নিত করুন; পরের সিঙ্কে এই পর্যালোচনা অন্য ল্যাপটপগুলোতে পৌঁছাবে</translation>
    </message>
    <message>
        <source>&amp;Use the chosen value</source>
        <translation>বেছে নেওয়া মানটি ব্যবহার করুন (&amp;U)</translation>
    </message>
</context>
<context>
    <name>TypedGrid</name>
    <message>
        <source>Type in a sign-in sheet</source>
        <extracomment>The key that types each status. What was typed reads as a link does (blue), what the desk had and keeps in muted grey: both roles of the scheme in force, readable on the table&apos;s base in light and dark. A session&apos;s title is broken into lines of about this many characters in its column&apos;s header, so that a column is as wide as a short line, not as the whole title.</extracomment>
        <translation>হাজিরা শিট টাইপ করুন</translation>
    </message>
    <message>
        <source>Space: present (again: clear) · L: late · E: excused · Delete: clear</source>
        <translation>স্পেস: উপস্থিত (আবার চাপলে মুছে যাবে) · L: দেরিতে · E: ছুটিতে · Delete: মুছুন</translation>
    </message>
    <message>
        <source>At each session&apos;s &amp;start</source>
        <translation>প্রতিটি সেশনের শুরুতে (&amp;S)</translation>
    </message>
    <message>
        <source>Checked in:</source>
        <translation>চেক-ইনের সময়:</translation>
    </message>
    <message>
        <source>Nothing typed yet.</source>
        <translation>এখনো কিছু টাইপ করা হয়নি।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln typed</source>
        <translation>
            <numerusform>%Lnটি টাইপ করা হয়েছে</numerusform>
            <numerusform>%Lnটি টাইপ করা হয়েছে</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>রেকর্ড করুন (&amp;R)</translation>
    </message>
</context>
<context>
    <name>WebDavPasswordDialog</name>
    <message>
        <source>WLT Desk signs in to {0} as {1}. Type the password {1} uses there.</source>
        <translation>WLT Desk {0}-এ {1} হিসেবে সাইন ইন করে। সেখানে {1} যে পাসওয়ার্ড ব্যবহার করেন, সেটি লিখুন।</translation>
    </message>
    <message>
        <source>It can be used until you close WLT Desk, and is asked for again the next time.</source>
        <translation>WLT Desk বন্ধ না করা পর্যন্ত এটি ব্যবহার করা যাবে; পরের বার আবার চাওয়া হবে।</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>শুধু এই সেশনের জন্য ব্যবহার করুন (&amp;S)</translation>
    </message>
    <message>
        <source>It is kept in this computer&apos;s keychain, not in WLT Desk&apos;s files.</source>
        <translation>এটি এই কম্পিউটারের কীচেইনে রাখা হয়, WLT Desk-এর ফাইলে নয়।</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>পাসওয়ার্ড সংরক্ষণ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>Saved in the keychain: leave empty to keep it</source>
        <translation>কীচেইনে সংরক্ষিত আছে: সেটিই রাখতে ঘরটি খালি রাখুন</translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation>WebDAV পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>পাসওয়ার্ড (&amp;P):</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Key {0}</source>
        <translation>কী {0}</translation>
    </message>
    <message>
        <source>This store: {0}</source>
        <translation>এই স্টোর: {0}</translation>
    </message>
    <message>
        <source>Welcome to WLT Desk</source>
        <translation>WLT Desk-এ স্বাগতম</translation>
    </message>
    <message>
        <source>There is no event in this store yet. How would you like to begin? Press 1, 2, 3 or 4, or choose with Tab and Enter.</source>
        <translation>এই স্টোরে এখনো কোনো ইভেন্ট নেই। কীভাবে শুরু করবেন? 1, 2, 3 বা 4 চাপুন, অথবা Tab দিয়ে বেছে Enter চাপুন।</translation>
    </message>
    <message>
        <source>&amp;Create an event</source>
        <translation>নতুন ইভেন্ট তৈরি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Your own training: its name, days, venue and time zone. The agenda and people come next.</source>
        <translation>আপনার নিজের প্রশিক্ষণ: নাম, দিন, স্থান ও সময় অঞ্চল। কর্মসূচি আর অংশগ্রহণকারীরা পরে যোগ হবে।</translation>
    </message>
    <message>
        <source>Try the &amp;demo event</source>
        <translation>নমুনা ইভেন্ট চালিয়ে দেখুন (&amp;D)</translation>
    </message>
    <message>
        <source>A made-up two-day training with 44 people, to practise on before your own event.</source>
        <translation>৪৪ জন অংশগ্রহণকারীসহ দুই দিনের একটি কাল্পনিক প্রশিক্ষণ — নিজের ইভেন্টের আগে হাত পাকানোর জন্য।</translation>
    </message>
    <message>
        <source>&amp;Join your team&apos;s event</source>
        <translation>আপনার দলের ইভেন্টে যোগ দিন (&amp;J)</translation>
    </message>
    <message>
        <source>Open the package your lead facilitator gave you, with the event key (QR code) or passphrase.</source>
        <translation>প্রধান সহায়কের দেওয়া প্যাকেজটি খুলুন — ইভেন্ট কী (QR কোড) অথবা পাসফ্রেজ দিয়ে।</translation>
    </message>
    <message>
        <source>Open another &amp;store</source>
        <translation>অন্য স্টোর খুলুন (&amp;S)</translation>
    </message>
    <message>
        <source>A store file on a USB stick or a backup, or the organizer&apos;s PostgreSQL database.</source>
        <translation>USB স্টিকে রাখা স্টোর ফাইল বা ব্যাকআপ, অথবা আয়োজকের PostgreSQL ডেটাবেস।</translation>
    </message>
</context>
</TS>
