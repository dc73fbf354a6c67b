; Inno Setup 6 script for the Windows installer of Thematic.
; Build (on Windows, see packaging/README.md):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[bundle]"
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\thematic.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\thematic.iss
; Output: packaging\windows\Output\thematic-0.1.0-setup.exe
; Installs per user by default (no administrator rights needed); an administrator may choose all users.

#define AppName "Thematic"
#define AppVersion "0.1.0"
#define AppExe "thematic.exe"
#define Dist "..\..\dist\thematic"

[Setup]
AppId={{6B1E0F2A-5C3D-4E8B-9A71-54484D410001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Thematic authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=thematic-{#AppVersion}-setup
SetupIconFile=..\..\app\gui\icons\thematic.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller one-folder build: thematic.exe (window), thematic-cli.exe (command line), _internal\
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\app\THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Third-party notices"; Filename: "{app}\THIRD-PARTY-NOTICES.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .thematic files open in Thematic (HKA: the current user's or all users' classes, as installed)
Root: HKA; Subkey: "Software\Classes\.thematic"; ValueType: string; ValueName: ""; ValueData: "Thematic.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.thematic\OpenWithProgids"; ValueType: string; ValueName: "Thematic.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Thematic.Project"; ValueType: string; ValueName: ""; ValueData: "Thematic project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Thematic.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Thematic.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".thematic"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
