"""Targets: a folder and a real WebDAV server (WsgiDAV on 127.0.0.1), and syncing through them;
checking a target when it is chosen, its password in the keychain, and "not yet sent"."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from bundle_tools import key_of

from wltdesk import agenda, circles, events, people
from wltdesk.errors import UserError
from wltdesk.store import open_store
from wltdesk.store.changes import encode
from wltdesk.store.materialize import apply_changes
from wltdesk.sync import bundle, exchange, keychain, merge, targets
from wltdesk.sync.targets import (
    FolderTarget,
    LoginRefused,
    MissingFolder,
    TargetProblem,
    TargetUnavailable,
    WebDavTarget,
    open_target,
)

#: The real WebDAV server's fixtures (``dav_server``, ``dav``).
pytest_plugins = ["webdav_fixtures"]

EVENT = "0b0e5a8c-1111-4222-8333-444455556666"


@pytest.fixture
def a_bundle(tmp_path) -> Path:
    path = tmp_path / "source.wltx"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # any bytes: targets do not look inside
    return path


@pytest.fixture(params=["folder", "webdav"])
def target(request, tmp_path):
    if request.param == "folder":
        folder = tmp_path / "usb"
        folder.mkdir()
        return FolderTarget(folder)
    return WebDavTarget(request.getfixturevalue("dav")["url"])


def test_a_target_holds_each_device_under_its_own_folder(target, a_bundle, tmp_path):
    target.check()
    assert target.list(EVENT) == []
    target.put(EVENT, "device1", targets.bundle_name(7), a_bundle)
    target.put(EVENT, "device2", targets.bundle_name(12), a_bundle)
    target.put(EVENT, "device2", targets.bundle_name(13), a_bundle)
    found = target.list(EVENT)
    assert [r.key for r in found] == [
        "device1/0000000007.wltx",
        "device2/0000000012.wltx",
        "device2/0000000013.wltx",
    ]
    assert {r.size for r in found} == {a_bundle.stat().st_size}
    copy = tmp_path / "copy.wltx"
    target.fetch(EVENT, found[1], copy)
    assert copy.read_bytes() == a_bundle.read_bytes()


def test_an_interrupted_folder_upload_leaves_nothing_a_reader_takes(tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    target = FolderTarget(folder)
    big = tmp_path / "big.wltx"
    big.write_bytes(b"x" * (3 << 20))

    def pulled_out(source, out, length=0):
        out.write(source.read(1 << 20))
        raise OSError(5, "Input/output error (the stick was pulled out)")

    monkeypatch.setattr(shutil, "copyfileobj", pulled_out)
    with pytest.raises(OSError):
        target.put(EVENT, "dev", targets.bundle_name(1), big)
    monkeypatch.undo()
    assert target.list(EVENT) == []
    assert list((folder / EVENT / "dev").iterdir()) == []  # the part file is gone too
    # a part file left by a crash (no chance to clean up) is not listed either
    (folder / EVENT / "dev" / ".0000000001.wltx.ab12.part").write_bytes(b"half")
    assert target.list(EVENT) == []


def test_an_interrupted_webdav_upload_leaves_nothing_a_reader_takes(dav, a_bundle):
    target = WebDavTarget(dav["url"])
    target.put(EVENT, "dev", targets.bundle_name(1), a_bundle)
    # a crash between PUT and MOVE leaves only the hidden part file on the server
    status, _ = target._request(
        "PUT", target._path(EVENT, "dev", ".0000000002.wltx.dead.part"), b"half a bundle"
    )
    assert status in (200, 201, 204)
    assert [r.key for r in target.list(EVENT)] == ["dev/0000000001.wltx"]
    assert (dav["folder"] / EVENT / "dev" / "0000000001.wltx").read_bytes() == (
        a_bundle.read_bytes()
    )


def test_a_wrong_webdav_password_is_one_clear_message(dav_server):
    port = dav_server["port"]
    target = WebDavTarget(f"http://alice:wrong@127.0.0.1:{port}/")
    with pytest.raises(LoginRefused) as refused:
        target.check()
    assert str(refused.value) == (
        f"The server 127.0.0.1:{port} did not accept the user name and password: set the "
        "target again to enter the password."
    )
    assert "HTTP 401" in refused.value.details
    assert "wrong" not in str(refused.value) + refused.value.details  # never shown


def test_a_server_that_is_down_counts_as_offline():
    with pytest.raises(TargetUnavailable, match="cannot be reached") as down:
        WebDavTarget("http://127.0.0.1:9/dav").check()
    assert str(down.value) == (
        "The server 127.0.0.1:9 cannot be reached: check this laptop's internet connection."
    )
    assert "refused" in down.value.details  # what the system said, for a technician


def test_a_missing_folder_counts_as_offline(tmp_path):
    with pytest.raises(TargetUnavailable, match="is not there: plug in the USB stick"):
        FolderTarget(tmp_path / "no-stick").check()


def test_locations_are_folders_or_urls(tmp_path, monkeypatch):
    assert isinstance(open_target(str(tmp_path)), FolderTarget)
    dav = open_target("https://bob:pw@cloud.example.org/remote.php/dav/files/bob/wlt")
    assert isinstance(dav, WebDavTarget)
    assert dav.display == "https://bob@cloud.example.org/remote.php/dav/files/bob/wlt"
    assert dav.location == dav.display and dav.given_password == "pw"  # stored without it
    assert dav.account == "bob@cloud.example.org"
    for wrong in ("ftp://example.org/x", "https://", "https://host:port/"):
        with pytest.raises(UserError, match="is not a WebDAV address: it must start with"):
            open_target(wrong)
    monkeypatch.setenv(keychain.PASSWORD_ENV, "from-env")
    assert "from-env" not in open_target("https://bob@cloud.example.org/").display


# ----------------------------------------------------------------- choosing a target
def test_a_chosen_folder_must_exist_be_a_folder_and_writable(store, event_id, tmp_path):
    """Issue #16: a folder that is not there was taken, and every sync then failed.
    It is refused in one line, and made only when asked (``create_folder``)."""
    missing = tmp_path / "usb" / "wlt"
    with pytest.raises(MissingFolder) as refused:
        exchange.add_target(store, event_id, str(missing))
    assert str(refused.value) == f"The folder {missing} does not exist."
    assert refused.value.folder == missing and not missing.exists()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(TargetProblem, match=r"notes\.txt is a file, not a folder"):
        exchange.add_target(store, event_id, str(a_file))
    assert exchange.list_targets(store, event_id) == []  # nothing remembered
    info = exchange.add_target(store, event_id, str(missing), create_folder=True)
    assert missing.is_dir() and info.location == str(missing) and info.is_default
    # once chosen, a target unplugged later stays known (and shows as offline)
    missing.rmdir()
    exchange.add_target(store, event_id, str(missing))
    assert [t.location for t in exchange.list_targets(store, event_id)] == [str(missing)]


def test_a_chosen_webdav_address_must_be_http_with_a_server(store, event_id):
    for wrong in ("ftp://cloud.example.org/dav", "https:///dav", "webdav://cloud.example.org"):
        with pytest.raises(TargetProblem, match="is not a WebDAV address"):
            exchange.add_target(store, event_id, wrong)
    assert exchange.list_targets(store, event_id) == []


# ----------------------------------------------------------------- sync through targets
@pytest.fixture
def two_laptops(tmp_path):
    a = open_store(tmp_path / "a.sqlite", backups=False)
    event_id = events.create_event(a, "Sync Training", date(2026, 3, 14), date(2026, 3, 15))
    people.add_person(a, event_id, display_name="Rakib")
    full = bundle.export_bundle(a, event_id, tmp_path / "package.wltx").path
    b = open_store(tmp_path / "b.sqlite", backups=False)
    merge.import_bundles(b, [full], given_key=key_of(a, event_id))  # B joins with the key
    yield a, b, event_id
    a.close()
    b.close()


@pytest.mark.parametrize("kind", ["folder", "webdav"])
def test_two_laptops_sync_through_a_target(kind, two_laptops, tmp_path, request):
    a, b, event_id = two_laptops
    if kind == "folder":
        location = str(tmp_path / "share")
        Path(location).mkdir()
    else:
        location = request.getfixturevalue("dav")["url"]
    exchange.add_target(a, event_id, location)
    exchange.add_target(b, event_id, location)
    people.add_person(a, event_id, display_name="Added on A")
    people.add_person(b, event_id, display_name="Added on B")
    assert exchange.status(a, event_id).state == "never"
    first = exchange.sync(a, event_id)
    assert first.sent > 0 and first.received_bundles == 0
    second = exchange.sync(b, event_id)
    assert second.received_bundles == 1 and second.summary.new_people == 1
    third = exchange.sync(a, event_id)
    assert third.received_bundles == 1 and third.summary.new_people == 1
    names = {p.display_name for p in people.list_people(a, event_id)}
    assert names == {p.display_name for p in people.list_people(b, event_id)}
    assert names == {"Rakib", "Added on A", "Added on B"}
    state = exchange.status(a, event_id)
    assert state.describe() == "Synced just now — everything sent"
    # nothing new: a sync sends nothing and reads nothing again
    again = exchange.sync(a, event_id)
    assert (again.sent, again.received_bundles) == (0, 0)
    runs = exchange.history(a, event_id)
    assert [r.kind for r in runs[:3]] == ["sync", "sync", "sync"] and all(r.ok for r in runs)


def test_an_unreachable_target_is_offline_with_changes_waiting(two_laptops, tmp_path):
    a, _b, event_id = two_laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    exchange.add_target(a, event_id, str(stick))
    exchange.sync(a, event_id)
    stick.rename(tmp_path / "in-a-pocket")  # unplugged
    for n in range(3):
        people.add_person(a, event_id, display_name=f"Offline {n}")
    with pytest.raises(TargetUnavailable):
        exchange.sync(a, event_id)
    state = exchange.status(a, event_id)
    assert state.state == "offline"
    assert state.waiting > 0
    assert state.describe() == f"Offline — {state.waiting} changes not yet sent"
    failed = exchange.history(a, event_id)[0]
    assert not failed.ok and "plug in the USB stick" in failed.message
    (tmp_path / "in-a-pocket").rename(stick)  # plugged in again
    assert exchange.sync(a, event_id).sent == state.waiting
    assert exchange.status(a, event_id).waiting == 0


def test_a_tampered_bundle_on_the_target_is_skipped_and_named(two_laptops, tmp_path):
    a, b, event_id = two_laptops
    share = tmp_path / "share"
    share.mkdir()
    exchange.sync(a, event_id, str(share))
    planted = share / event_id / "ffffffffffffffff" / targets.bundle_name(1)
    planted.parent.mkdir()
    planted.write_bytes(b"not a bundle at all")
    result = exchange.sync(b, event_id, str(share))
    assert result.received_bundles == 1
    assert len(result.refused) == 1 and "not a ZIP" in result.refused[0]
    assert "not a ZIP" in exchange.history(b, event_id)[0].message


def test_a_disk_error_on_the_target_is_reported_not_a_crash(two_laptops, tmp_path):
    a, _b, event_id = two_laptops
    share = tmp_path / "share"
    share.mkdir()
    (share / event_id).write_text("a file where the event's folder should be")
    with pytest.raises(TargetUnavailable, match="share"):
        exchange.sync(a, event_id, str(share))
    assert exchange.status(a, event_id).state == "offline"
    assert not exchange.history(a, event_id)[0].ok


def test_work_imported_by_hand_is_not_relayed_by_a_sync(two_laptops, tmp_path, monkeypatch):
    """Each laptop relays only its own work: an incremental bundle carries only its
    own laptop's lines (anything else would let one laptop write in another's
    name). A bundle from laptop C, which never uses this target, imported by hand
    on A while A syncs, is not pushed by A and is not counted as waiting; A's own
    later work is. C's work reaches whoever imports C's bundle, or A's full export,
    which carries everything A has, vouched for by A."""
    a, b, event_id = two_laptops
    share = tmp_path / "share"
    share.mkdir()
    exchange.sync(a, event_id, str(share))
    people.add_person(b, event_id, display_name="From B")
    exchange.sync(b, event_id, str(share))
    stick = tmp_path / "stick"
    stick.mkdir()
    c = open_store(tmp_path / "c.sqlite", backups=False)
    merge.import_bundles(c, [tmp_path / "package.wltx"], given_key=key_of(a, event_id))
    people.add_person(c, event_id, display_name="From C, by USB stick")
    from_c = bundle.export_bundle(c, event_id, stick / "c.wltx").path
    c.close()
    fetch = targets.FolderTarget.fetch

    def fetch_while_someone_imports(self, *args, **kwargs):
        merge.import_bundles(a, [from_c])  # at the desk, while the sync runs
        monkeypatch.setattr(targets.FolderTarget, "fetch", fetch)
        return fetch(self, *args, **kwargs)

    monkeypatch.setattr(targets.FolderTarget, "fetch", fetch_while_someone_imports)
    assert exchange.sync(a, event_id, str(share)).summary.new_people == 1  # B's person
    assert exchange.status(a, event_id).waiting == 0
    assert exchange.sync(a, event_id, str(share)).sent == 0  # C's person is C's to send
    people.add_person(a, event_id, display_name="From A")
    waiting = exchange.status(a, event_id).waiting
    assert waiting > 0
    assert exchange.sync(a, event_id, str(share)).sent == waiting
    d = open_store(tmp_path / "d.sqlite", backups=False)
    try:
        merge.import_bundles(d, [tmp_path / "package.wltx"], given_key=key_of(a, event_id))
        exchange.sync(d, event_id, str(share))
        names = {p.display_name for p in people.list_people(d, event_id)}
        assert {"From B", "From A"} <= names and "From C, by USB stick" not in names
        everything = bundle.export_bundle(a, event_id, tmp_path / "a-full.wltx").path
        merge.import_bundles(d, [everything])
        names = {p.display_name for p in people.list_people(d, event_id)}
        assert "From C, by USB stick" in names
    finally:
        d.close()


def test_a_bundle_refused_while_merging_is_skipped_and_the_rest_still_merge(two_laptops, tmp_path):
    """A team laptop's bundle (signed with the event key) that changes a row B
    holds under another event is refused, named and tried again next time,
    like one that fails its check; the other bundles of the pull still merge."""
    a, b, event_id = two_laptops
    share = tmp_path / "share"
    share.mkdir()
    other = events.create_event(b, "Another training", date(2026, 5, 1), date(2026, 5, 2))
    victim = people.add_person(b, other, display_name="Someone else")
    people.add_person(a, event_id, display_name="Added on A")
    exchange.sync(a, event_id, str(share))
    with a.write() as writer:
        stamp = writer.clock.now()
        apply_changes(
            writer.db,
            [
                {
                    "event_id": event_id,
                    "entity": "people",
                    "row_id": victim,
                    "field": "display_name",
                    "value": encode("Hijacked"),
                    "hlc": stamp,
                    "device_id": stamp.rsplit("-", 1)[1],
                }
            ],
        )
    exchange.sync(a, event_id, str(share))
    result = exchange.sync(b, event_id, str(share))
    assert result.received_bundles == 1 and result.summary.new_people == 1
    assert len(result.refused) == 1
    assert "changes people of another event" in result.refused[0]
    assert people.get_person(b, victim).display_name == "Someone else"
    assert "changes people of another event" in exchange.history(b, event_id)[0].message
    again = exchange.sync(b, event_id, str(share))  # the merged one is not read again
    assert again.received_bundles == 0 and len(again.refused) == 1


# ----------------------------------------------------------------- "not yet sent" and "sent"
def test_not_yet_sent_is_what_the_sync_then_sends(two_laptops, tmp_path):
    """Issue #16: the status said "3825 changes waiting" and the history "Sent 3811":
    the status counted every log row, the bundle left out private circle notes. Now
    both count what leaves the laptop — first the whole event, then this laptop's own
    work, with a note that becomes shareable carried whole."""
    a, b, event_id = two_laptops
    share = tmp_path / "share"
    share.mkdir()
    speaker = people.add_person(a, event_id, display_name="Anika Rahman")
    session = agenda.add_session(
        a, event_id, "Closing circle", datetime(2026, 3, 15, 9), datetime(2026, 3, 15, 10)
    )
    circle = circles.create_circle(a, session, "Day one", order_mode="manual", speakers=[speaker])
    circles.add_note(a, circle, "Shared with the team", visibility="organizers")
    kept = circles.add_note(a, circle, "Mine only", person_id=speaker, visibility="private")
    exchange.add_target(a, event_id, str(share))
    waiting = exchange.status(a, event_id).waiting
    first = exchange.sync(a, event_id)
    assert first.sent == waiting > 0
    assert exchange.status(a, event_id).describe() == "Synced just now — everything sent"
    circles.add_note(a, circle, "Also mine only", visibility="private")
    assert exchange.status(a, event_id).waiting == 0  # it never leaves the laptop
    people.add_person(b, event_id, display_name="From B")
    exchange.sync(b, event_id, str(share))
    circles.update_note(a, kept, visibility="organizers")  # now the team may read it
    people.add_person(a, event_id, display_name="Walk-in")
    waiting = exchange.status(a, event_id).waiting
    second = exchange.sync(a, event_id)  # pulls B's person too, which is not A's to send
    assert second.summary.new_people == 1
    assert second.sent == waiting > 0
    assert exchange.history(a, event_id)[0].sent == waiting
    assert exchange.status(a, event_id).waiting == 0


# ----------------------------------------------------------------- WebDAV passwords
def stored_bytes(folder: Path) -> bytes:
    """Everything laptop A's store has written to disk (its file and write-ahead log)."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob("a.sqlite*")))


def test_a_sync_takes_the_webdav_password_from_the_keychain(
    two_laptops, dav, dav_server, memory_keychain, monkeypatch, tmp_path
):
    """The password goes to the OS keychain (here: an in-memory keyring backend),
    never into the store; the sync of a later run (a new process: nothing given for
    the session) finds it there. WLTDESK_WEBDAV_PASSWORD overrides it for scripts."""
    a, _b, event_id = two_laptops
    with_password = dav["url"]
    address = with_password.replace("alice:s3cret@", "alice@")
    exchange.add_target(a, event_id, with_password)
    account = f"alice@127.0.0.1:{dav_server['port']}"
    assert memory_keychain.passwords == {(keychain.SERVICE, account): "s3cret"}
    assert [t.location for t in exchange.list_targets(a, event_id)] == [address]
    assert b"s3cret" not in stored_bytes(tmp_path)
    keychain.forget_session()  # as a new run of the program
    assert exchange.sync(a, event_id).sent > 0
    assert list(dav["folder"].glob("*/*/*.wltx"))
    monkeypatch.setenv(keychain.PASSWORD_ENV, "not-the-password")
    keychain.forget_session()
    with pytest.raises(LoginRefused):
        exchange.sync(a, event_id)


def test_with_no_keychain_the_password_lasts_for_this_session_only(
    two_laptops, dav, no_keychain, tmp_path
):
    a, _b, event_id = two_laptops
    address = dav["url"].replace("alice:s3cret@", "alice@")
    assert keychain.keychain_problem() == (
        "This computer has no keychain (password store) that WLT Desk can use, so the "
        "password cannot be saved."
    )
    exchange.add_target(a, event_id, address)
    assert exchange.keep_password(address, "s3cret") == keychain.SESSION
    assert exchange.sync(a, event_id).sent > 0
    keychain.forget_session()  # the app closed: the password is gone, nowhere written
    with pytest.raises(LoginRefused):
        exchange.sync(a, event_id)
    assert b"s3cret" not in stored_bytes(tmp_path)
