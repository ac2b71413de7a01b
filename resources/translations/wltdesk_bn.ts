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
        <translation>প্রতিফলন বৃত্ত</translation>
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
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt; {2:%H:%M}–{3:%H:%M}</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt; {2:%H:%M}–{3:%H:%M}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>কর্মসূচি</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}, {2:%H:%M})?</source>
        <translation>“{0}” ({1}, {2:%H:%M}) মুছে ফেলবেন?</translation>
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
        <translation>যোগ করুন… (&amp;A)</translation>
    </message>
    <message>
        <source>Add a session (Insert or Ctrl+N)</source>
        <translation>একটি সেশন যোগ করুন (Insert বা Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা… (&amp;I)</translation>
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
        <source>WLT Desk</source>
        <extracomment>Families tried in order for every character, so Latin, Bengali and Arabic all render.</extracomment>
        <translation>WLT ডেস্ক</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
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
        <translation>এখনও কোনো সেশন নেই — কর্মসূচিতে একটি যোগ করুন</translation>
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
        <source>No one matches “{0}”. Register them as a walk-in below.</source>
        <translation>“{0}”-এর সাথে কেউ মেলেনি। নিচে সরাসরি আগত হিসেবে নিবন্ধন করুন।</translation>
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
        <translation>বাতিল সারি দেখুন… (&amp;R)</translation>
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
        <translation>দল</translation>
    </message>
    <message>
        <source>Mixed, balanced breakout groups over several rounds, shown on the projector. Coming in a later release.</source>
        <translation>কয়েক দফায় মিশ্র ও ভারসাম্যপূর্ণ ছোট দল, প্রজেক্টরে দেখানোর জন্য। পরবর্তী সংস্করণে আসছে।</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>বৃত্ত</translation>
    </message>
    <message>
        <source>Reflection circles with a speaking order, a timer per speaker and notes. Coming in a later release.</source>
        <translation>বলার ক্রম, প্রতি বক্তার জন্য টাইমার ও নোটসহ প্রতিফলন বৃত্ত। পরবর্তী সংস্করণে আসছে।</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>পরিকল্পনা</translation>
    </message>
    <message>
        <source>Action plans of the regional groups, with owners and due dates. Coming in a later release.</source>
        <translation>আঞ্চলিক দলগুলোর কর্মপরিকল্পনা, দায়িত্বপ্রাপ্ত ও নির্ধারিত তারিখসহ। পরবর্তী সংস্করণে আসছে।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>মুদ্রণ</translation>
    </message>
    <message>
        <source>Sign-in sheets, badges, rosters, certificates and the event report as PDF. Coming in a later release.</source>
        <translation>স্বাক্ষর শিট, ব্যাজ, তালিকা, সনদ ও ইভেন্ট প্রতিবেদন PDF হিসেবে। পরবর্তী সংস্করণে আসছে।</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <source>Export bundles to a USB stick, a shared folder or a WebDAV server, and merge other laptops&apos; work. Coming in a later release.</source>
        <translation>USB স্টিক, শেয়ার করা ফোল্ডার বা WebDAV সার্ভারে বান্ডেল রপ্তানি এবং অন্য ল্যাপটপের কাজ একত্রীকরণ। পরবর্তী সংস্করণে আসছে।</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
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
        <source>Open store</source>
        <translation>স্টোর খুলুন</translation>
    </message>
    <message>
        <source>WLT Desk stores (*.sqlite);;All files (*)</source>
        <translation>WLT ডেস্ক স্টোর (*.sqlite);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(এখনও নেই)</translation>
    </message>
    <message>
        <source>About WLT Desk</source>
        <translation>WLT ডেস্ক সম্পর্কে</translation>
    </message>
    <message>
        <source>WLT Desk {0}
Attendance, breakout groups, reflection circles and action plans for trainings, offline.</source>
        <translation>WLT ডেস্ক {0}
প্রশিক্ষণের জন্য উপস্থিতি, ছোট দল, প্রতিফলন বৃত্ত ও কর্মপরিকল্পনা, ইন্টারনেট ছাড়াই।</translation>
    </message>
    <message>
        <source>WLT Desk</source>
        <translation>WLT ডেস্ক</translation>
    </message>
    <message>
        <source>No event open — Event ▸ New event or demo event</source>
        <translation>কোনো ইভেন্ট খোলা নেই — ইভেন্ট ▸ নতুন ইভেন্ট বা নমুনা ইভেন্ট</translation>
    </message>
    <message>
        <source>{0} — WLT Desk</source>
        <translation>{0} — WLT ডেস্ক</translation>
    </message>
    <message>
        <source>{0}, {1:%d %b} – {2:%d %b %Y}</source>
        <translation>{0}, {1:%d %b} – {2:%d %b %Y}</translation>
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
        <source>&amp;Event</source>
        <translation>ইভেন্ট (&amp;E)</translation>
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
        <translation>নতুন ইভেন্ট… (&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>ইভেন্ট খুলুন… (&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>নমুনা ইভেন্ট খুলুন (&amp;D)</translation>
    </message>
    <message>
        <source>Open another &amp;store file…</source>
        <translation>অন্য স্টোর ফাইল খুলুন… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বন্ধ করুন (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>পছন্দসমূহ… (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About WLT Desk</source>
        <translation>WLT ডেস্ক সম্পর্কে (&amp;A)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Role</source>
        <extracomment>The table&apos;s columns, by person field, in the order they are shown. What the proxy sorts by: folded text, or 0/1/2 for a yes/no/not-asked column. The person field a column shows (the same through the proxy, which keeps columns). Narrowest a column is made to fit the pane (pixels); the user can drag it wider.</extracomment>
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
        <extracomment>A change was refused; the message is for the user.</extracomment>
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
        <source>No event open</source>
        <translation>কোনো ইভেন্ট খোলা নেই</translation>
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
        <translation>ব্যক্তি যোগ করুন… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>সম্পাদনা… (&amp;E)</translation>
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
        <translation>তালিকা আমদানি… (&amp;I)</translation>
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
        <translation> মিনিট পর, শুরুর পরে</translation>
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
        <source>&amp;Late after:</source>
        <translation>দেরি ধরা হবে (&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time WLT Desk starts.</source>
        <translation>নতুন ভাষা WLT ডেস্ক পরের বার চালু হলে কার্যকর হবে।</translation>
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
        <source>{0} h {1:02d} min</source>
        <translation>{0} ঘণ্টা {1:02d} মিনিট</translation>
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
</TS>
