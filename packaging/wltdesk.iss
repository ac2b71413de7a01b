; Inno Setup script of the WLT Desk installer for Windows: a per-user install that needs
; no administrator rights (PrivilegesRequired=lowest), into
; %LOCALAPPDATA%\Programs\WLT Desk, with a Start menu entry, an optional desktop icon and
; an uninstaller in Settings > Apps. The user's events (%LOCALAPPDATA%\WLT\WLT Desk) are
; never touched: the uninstaller removes only what the installer put there.
;
; Built by packaging/build.py on Windows (the release workflow), after PyInstaller, as
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\wltdesk /DOutputDir=dist
;        /DOutputBaseFilename=wltdesk-0.1.0-windows-x64-setup packaging\wltdesk.iss
; Inno Setup 6.3 or newer (x64compatible). Never compiled or run on Linux: only the
; release workflow (.github/workflows/release.yml) builds and tests it, on Windows.

#ifndef AppVersion
  #error Define AppVersion: ISCC /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\wltdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "wltdesk-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{6A1F0C52-3B7E-4C8A-9E1D-2F5B7A9C4E31}
AppName=WLT Desk
AppVersion={#AppVersion}
AppVerName=WLT Desk {#AppVersion}
AppPublisher=WLT Desk contributors
VersionInfoVersion={#AppVersion}
; Per user, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms}
; the user's Start menu. Do not let the user switch to an all-users install.
PrivilegesRequired=lowest
DefaultDirName={autopf}\WLT Desk
DefaultGroupName=WLT Desk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\wltdesk.ico
UninstallDisplayIcon={app}\wltdesk-gui.exe
UninstallDisplayName=WLT Desk
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closing a running WLT Desk before files are replaced (Restart Manager).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller folder as built: wltdesk-gui.exe, wltdesk.exe and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries whole: a file an older version shipped and
; this one does not must not linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\WLT Desk"; Filename: "{app}\wltdesk-gui.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\WLT Desk"; Filename: "{app}\wltdesk-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\wltdesk-gui.exe"; Description: "{cm:LaunchProgram,WLT Desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the events, backups and settings live elsewhere and stay.
Type: filesandordirs; Name: "{app}\_internal"
