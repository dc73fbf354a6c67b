<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../answer_view.py" line="56"/>
        <source>(empty answer)</source>
        <translation>(бос жауап)</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../codebook_editor.py" line="107"/>
        <source>Add theme</source>
        <translation>Тақырып қосу</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="108"/>
        <source>New theme</source>
        <translation>Жаңа тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="109"/>
        <source>Add sub-theme</source>
        <translation>Ішкі тақырып қосу</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="110"/>
        <source>New sub-theme</source>
        <translation>Жаңа ішкі тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="120"/>
        <source>Drag a theme onto another to make it a sub-theme, or between themes to reorder.</source>
        <translation>Тақырыпты ішкі тақырып ету үшін оны басқа тақырыптың үстіне, ал ретін өзгерту үшін тақырыптардың арасына сүйреңіз.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="135"/>
        <source>One example quote per line</source>
        <translation>Әр жолға бір мысал дәйексөз</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="137"/>
        <source>One language per line, e.g.  ru: реклама, объявление</source>
        <translation>Әр жолға бір тіл, мысалы:  ru: реклама, объявление</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="148"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="149"/>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="150"/>
        <source>Definition</source>
        <translation>Анықтамасы</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="151"/>
        <source>Include when</source>
        <translation>Қосу шарты</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="152"/>
        <source>Exclude when</source>
        <translation>Алып тастау шарты</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="153"/>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="154"/>
        <source>Keywords</source>
        <translation>Кілт сөздер</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="155"/>
        <source>Save theme</source>
        <translation>Тақырыпты сақтау</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="158"/>
        <source>Merge into…</source>
        <translation>Басқа тақырыпқа біріктіру…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="160"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="176"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="190"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="294"/>
        <source>%1 is not a colour (use #rrggbb)</source>
        <translation>%1 түс емес (#rrggbb пішімін пайдаланыңыз)</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="328"/>
        <source>Delete “%1”? %2 codings (all coders) will be removed; sub-themes move up.</source>
        <translation>“%1” жойылсын ба? %2 кодтау (барлық кодтаушылардікі) жойылады; ішкі тақырыптар бір деңгей жоғары көтеріледі.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="331"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="346"/>
        <source>Merge “%1” (%2 codings) into:</source>
        <translation>“%1” тақырыбын (%2 кодтау) мына тақырыпқа біріктіру:</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="348"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="373"/>
        <source>Theme colour</source>
        <translation>Тақырып түсі</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Who is coding?</source>
        <translation>Кім кодтайды?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53"/>
        <source>Your codings in “%1” are saved under this name. Other coders&apos; codings stay hidden while blind mode is on.</source>
        <translation>“%1” ішіндегі кодтауларыңыз осы атпен сақталады. Соқыр режим қосулы кезде басқа кодтаушылардың кодтаулары жасырын болады.</translation>
    </message>
</context>
<context>
    <name>CodingWorkspace</name>
    <message numerus="yes">
        <location filename="../workspace.py" line="126"/>
        <source>Toggle theme %n</source>
        <translation>
            <numerusform>%n-тақырыпты қосу/алып тастау</numerusform>
            <numerusform>%n-тақырыпты қосу/алып тастау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace.py" line="127"/>
        <source>No theme applies</source>
        <translation>Ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="128"/>
        <source>Next answer</source>
        <translation>Келесі жауап</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="129"/>
        <source>Previous answer</source>
        <translation>Алдыңғы жауап</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="130"/>
        <source>Next uncoded answer</source>
        <translation>Келесі кодталмаған жауап</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="131"/>
        <source>Accept the top suggestion</source>
        <translation>Бірінші ұсынысты қабылдау</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="132"/>
        <source>Pick a theme by typing</source>
        <translation>Атауын теру арқылы тақырып таңдау</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="133"/>
        <source>Search answers</source>
        <translation>Жауаптардан іздеу</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="134"/>
        <source>Back to the answers</source>
        <translation>Жауаптарға оралу</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="146"/>
        <source>This project has no answers yet: import a survey (File ▸ Import survey).</source>
        <translation>Бұл жобада әлі жауап жоқ: сауалнаманы импорттаңыз (Файл ▸ Сауалнаманы импорттау).</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="241"/>
        <source>No answer matches the filter.</source>
        <translation>Сүзгіге сәйкес жауап жоқ.</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="312"/>
        <source>Respondent %1 · answer %2 of %3</source>
        <translation>Респондент %1 · жауап %2 / %3</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="366"/>
        <source> · %1 shown</source>
        <translation> · көрсетілген: %1</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="367"/>
        <source>coded %1 of %2, %3%</source>
        <translation>кодталды: %1 / %2, %3%</translation>
    </message>
</context>
<context>
    <name>CustomThemesDialog</name>
    <message>
        <location filename="../review.py" line="44"/>
        <source>Consensus themes</source>
        <translation>Консенсус тақырыптары</translation>
    </message>
    <message>
        <location filename="../review.py" line="52"/>
        <source>Tick the themes of the consensus; none ticked means no theme applies.</source>
        <translation>Консенсус тақырыптарын белгілеңіз; ештеңе белгіленбесе, ешбір тақырып сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="228"/>
        <source>Wide: one row per answer, one 0/1 column per theme</source>
        <translation>Кең: әр жауапқа бір жол, әр тақырыпқа бір 0/1 бағаны</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="229"/>
        <source>Long: one row per coding</source>
        <translation>Ұзын: әр кодтауға бір жол</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="240"/>
        <source>Layout</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="250"/>
        <source>An Excel workbook holds both layouts as sheets.</source>
        <translation>Excel жұмыс кітабында екі пішім де жеке парақтарда сақталады.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="26"/>
        <source>All answers</source>
        <translation>Барлық жауаптар</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="26"/>
        <source>Uncoded</source>
        <translation>Кодталмағандар</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="27"/>
        <source>Coded</source>
        <translation>Кодталғандар</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="27"/>
        <source>No theme applies</source>
        <translation>Ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="38"/>
        <source>Search answers…</source>
        <translation>Жауаптардан іздеу…</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="48"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="51"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="82"/>
        <source>Any theme</source>
        <translation>Кез келген тақырып</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="93"/>
        <source>Any respondent</source>
        <translation>Кез келген респондент</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="103"/>
        <source>(blank)</source>
        <translation>(бос)</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../groups_dialog.py" line="77"/>
        <source>Near-duplicate answers</source>
        <translation>Өте ұқсас жауаптар</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="109"/>
        <source>Answers in this group</source>
        <translation>Осы топтағы жауаптар</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="115"/>
        <source>Code group</source>
        <translation>Топты кодтау</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="116"/>
        <source>No theme applies  (0)</source>
        <translation>Ешбір тақырып сәйкес келмейді  (0)</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="118"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="122"/>
        <source>Keys: 1–9 code the group with that theme · 0 no theme applies · J / K next / previous group</source>
        <translation>Пернелер: 1–9 — топты сол тақырыппен кодтау · 0 — ешбір тақырып сәйкес келмейді · J / K — келесі / алдыңғы топ</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="130"/>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="187"/>
        <source>Grouping similar answers…</source>
        <translation>Ұқсас жауаптар топтастырылуда…</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="191"/>
        <source>Grouping similar answers</source>
        <translation>Ұқсас жауаптарды топтастыру</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="219"/>
        <source>Grouping cancelled.</source>
        <translation>Топтастыру тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="243"/>
        <source>No answers in this question repeat each other closely enough to group.</source>
        <translation>Бұл сұрақта топтастыруға болатындай бір-біріне жеткілікті ұқсас жауаптар жоқ.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="269"/>
        <source>Answers in “%1”  (%2)</source>
        <translation>“%1” тобындағы жауаптар  (%2)</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="292"/>
        <source>coded: %1</source>
        <translation>кодталды: %1</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="297"/>
        <source>%1 of %2 groups coded</source>
        <translation>Кодталған топтар: %1 / %2</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="322"/>
        <source>Tick at least one answer of the group first.</source>
        <translation>Алдымен топтың кемінде бір жауабын белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="333"/>
        <source>no theme applies</source>
        <translation>ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="335"/>
        <source> (%n left out)</source>
        <translation>
            <numerusform> (%n жауап қамтылмады)</numerusform>
            <numerusform> (%n жауап қамтылмады)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="338"/>
        <source>answer</source>
        <translation>жауап</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="338"/>
        <source>answers</source>
        <translation>жауап</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="339"/>
        <source>Coded %1 as %2.</source>
        <translation>%1 кодталды: %2.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="79"/>
        <source>Import survey</source>
        <translation>Сауалнаманы импорттау</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="85"/>
        <source>Choose a CSV, TSV or Excel file</source>
        <translation>CSV, TSV немесе Excel файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="86"/>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="96"/>
        <source>Detect</source>
        <translation>Автоанықтау</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="106"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="106"/>
        <source>Use as</source>
        <translation>Қолданылуы</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="106"/>
        <source>First value</source>
        <translation>Бірінші мән</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="120"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="121"/>
        <source>Cancel import</source>
        <translation>Импорттаудан бас тарту</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="138"/>
        <source>Encoding</source>
        <translation>Кодтама</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="139"/>
        <source>Delimiter</source>
        <translation>Бөлгіш</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="140"/>
        <source>Header rows</source>
        <translation>Баған атаулары жолдары</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="149"/>
        <source>Preview (first rows as decoded)</source>
        <translation>Алдын ала қарау (декодталған алғашқы жолдар)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="151"/>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="161"/>
        <source>Choose a survey file</source>
        <translation>Сауалнама файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="213"/>
        <source>Read with </source>
        <translation>Оқу параметрлері: </translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="257"/>
        <source>This installation cannot import surveys yet.</source>
        <translation>Бұл орнатуда сауалнамаларды импорттау әзірге мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="266"/>
        <source>Importing %1</source>
        <translation>%1 импортталуда</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="288"/>
        <source>Imported %1 answers from %2 respondents (%3 blank).</source>
        <translation>%2 респонденттен %1 жауап импортталды (%3 бос).</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="297"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Импорттау тоқтатылды: ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="52"/>
        <source>Coding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <location filename="../window.py" line="53"/>
        <source>Codebook</source>
        <translation>Кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../window.py" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../window.py" line="79"/>
        <source>&amp;New project…</source>
        <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../window.py" line="80"/>
        <source>&amp;Open project…</source>
        <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../window.py" line="81"/>
        <source>&amp;Import survey…</source>
        <translation>Сауалнаманы &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="82"/>
        <source>&amp;Merge coder&apos;s project…</source>
        <translation>Кодтаушы жобасын &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="83"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../window.py" line="85"/>
        <source>Open the &amp;demo survey</source>
        <translation>Де&amp;мо сауалнаманы ашу</translation>
    </message>
    <message>
        <location filename="../window.py" line="87"/>
        <source>Export &amp;report…</source>
        <translation>Есепті &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="88"/>
        <source>Export coded &amp;data…</source>
        <translation>Кодталған &amp;деректерді экспорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="89"/>
        <source>Export code&amp;book PDF…</source>
        <translation>&amp;Кодтар кітабын PDF-ке экспорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="91"/>
        <source>Switch &amp;coder…</source>
        <translation>Кодтаушыны ауыс&amp;тыру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="92"/>
        <source>&amp;Close project</source>
        <translation>Жоба&amp;ны жабу</translation>
    </message>
    <message>
        <location filename="../window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../window.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../window.py" line="95"/>
        <location filename="../window.py" line="343"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../window.py" line="96"/>
        <location filename="../window.py" line="344"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../window.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../window.py" line="99"/>
        <source>&amp;Blind coding (hide other coders)</source>
        <translation>&amp;Соқыр кодтау (басқа кодтаушыларды жасыру)</translation>
    </message>
    <message>
        <location filename="../window.py" line="101"/>
        <source>&amp;Move to the next answer after coding</source>
        <translation>Кодтаудан кейін келесі жауапқа &amp;өту</translation>
    </message>
    <message>
        <location filename="../window.py" line="104"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Талдау</translation>
    </message>
    <message>
        <location filename="../window.py" line="105"/>
        <source>&amp;Agreement review…</source>
        <translation>&amp;Келісімділікті тексеру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="106"/>
        <source>&amp;Suggestion review…</source>
        <translation>&amp;Ұсыныстарды тексеру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="108"/>
        <source>Near-&amp;duplicate answers…</source>
        <translation>&amp;Өте ұқсас жауаптар…</translation>
    </message>
    <message>
        <location filename="../window.py" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../window.py" line="111"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>Пернелер &amp;тіркесімдері</translation>
    </message>
    <message>
        <location filename="../window.py" line="171"/>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <location filename="../window.py" line="182"/>
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../window.py" line="194"/>
        <source>Building the demo survey</source>
        <translation>Демо сауалнама құрылуда</translation>
    </message>
    <message>
        <location filename="../window.py" line="235"/>
        <source>Open or create a project first, then import a survey into it.</source>
        <translation>Алдымен жобаны ашыңыз немесе жасаңыз, содан кейін оған сауалнаманы импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <source>Merging %1</source>
        <translation>%1 біріктірілуде</translation>
    </message>
    <message>
        <location filename="../window.py" line="304"/>
        <source>Export codebook PDF</source>
        <translation>Кодтар кітабын PDF-ке экспорттау</translation>
    </message>
    <message>
        <location filename="../window.py" line="343"/>
        <source>Undo %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="344"/>
        <source>Redo %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="358"/>
        <source>Coder: %1</source>
        <translation>Кодтаушы: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="359"/>
        <source>  ·  blind</source>
        <translation>  ·  соқыр режим</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../memo_panel.py" line="26"/>
        <source>Memo</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="29"/>
        <source>Your note on this answer (saved as you type; Esc returns to the list)</source>
        <translation>Осы жауапқа жазбаңыз (теру кезінде сақталады; Esc тізімге қайтарады)</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="50"/>
        <source>Merged %1</source>
        <translation>%1 біріктірілді</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="190"/>
        <source>Include the quotes appendix (every coded answer, by theme)</source>
        <translation>Дәйексөздер қосымшасын қосу (барлық кодталған жауаптар, тақырып бойынша)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="192"/>
        <source>Theme × attribute tables</source>
        <translation>Тақырып × атрибут кестелері</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="194"/>
        <source>Agreement between coders is included when two or more coders coded (1,000 bootstrap draws for the intervals).</source>
        <translation>Екі не одан көп кодтаушы кодтаса, кодтаушылар арасындағы келісімділік қосылады (интервалдар үшін 1000 бутстрэп іріктемесі).</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <location filename="../responses_model.py" line="195"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="195"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="196"/>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="196"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="196"/>
        <source>Other coders</source>
        <translation>Басқа кодтаушылар</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../review.py" line="77"/>
        <source>Agreement review</source>
        <translation>Келісімділікті тексеру</translation>
    </message>
    <message>
        <location filename="../review.py" line="90"/>
        <source>Coders</source>
        <translation>Кодтаушылар</translation>
    </message>
    <message>
        <location filename="../review.py" line="98"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../review.py" line="100"/>
        <source>All questions</source>
        <translation>Барлық сұрақтар</translation>
    </message>
    <message>
        <location filename="../review.py" line="121"/>
        <source>Any theme</source>
        <translation>Кез келген тақырып</translation>
    </message>
    <message>
        <location filename="../review.py" line="143"/>
        <source>Agreement per theme</source>
        <translation>Тақырып бойынша келісімділік</translation>
    </message>
    <message>
        <location filename="../review.py" line="148"/>
        <source>Answers the coders disagree on</source>
        <translation>Кодтаушылардың пікірі алшақ жауаптар</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>Selected answer</source>
        <translation>Таңдалған жауап</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>Keys: 1…n adopt that coder · U union · J / K next / previous</source>
        <translation>Пернелер: 1…n — сол кодтаушының нұсқасын қабылдау · U — біріктіру · J / K — келесі / алдыңғы</translation>
    </message>
    <message>
        <location filename="../review.py" line="228"/>
        <source>Tick at least two coders to measure agreement.</source>
        <translation>Келісімділікті өлшеу үшін кемінде екі кодтаушыны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../review.py" line="232"/>
        <source>Measuring agreement (%1 bootstrap draws)…</source>
        <translation>Келісімділік өлшенуде (%1 бутстрэп іріктемесі)…</translation>
    </message>
    <message>
        <location filename="../review.py" line="234"/>
        <source>Measuring agreement</source>
        <translation>Келісімділікті өлшеу</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source> (%1 answers decided by only some of them are left out)</source>
        <translation> (кодтаушылардың бір бөлігі ғана шешім қабылдаған %1 жауап есепке алынбады)</translation>
    </message>
    <message>
        <location filename="../review.py" line="248"/>
        <source>%1 answers decided by all of %2%3. α intervals: percentile bootstrap over answers, %4 draws. Hover a dash for why a statistic is undefined.</source>
        <translation>Барлық кодтаушылар (%2) шешім қабылдаған жауаптар: %1%3. α интервалдары: жауаптар бойынша процентильдік бутстрэп, %4 іріктеме. Статистиканың неге анықталмағанын білу үшін сызықшаның үстіне апарыңыз.</translation>
    </message>
    <message>
        <location filename="../review.py" line="285"/>
        <source>%1 of %2 disagreements settled</source>
        <translation>Шешілген алшақтықтар: %1 / %2</translation>
    </message>
    <message>
        <location filename="../review.py" line="298"/>
        <source>Adopt %1</source>
        <translation>%1 нұсқасын қабылдау</translation>
    </message>
    <message>
        <location filename="../review.py" line="300"/>
        <source>Union  (U)</source>
        <translation>Біріктіру  (U)</translation>
    </message>
    <message>
        <location filename="../review.py" line="301"/>
        <source>Custom…</source>
        <translation>Қолмен…</translation>
    </message>
    <message>
        <location filename="../review.py" line="336"/>
        <source>No disagreements to show.</source>
        <translation>Көрсетілетін алшақтықтар жоқ.</translation>
    </message>
    <message>
        <location filename="../review.py" line="346"/>
        <source>not settled yet</source>
        <translation>әлі шешілмеген</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="37"/>
        <source>Code open-ended survey answers into themes, compare coders, report.</source>
        <translation>Сауалнамалардың ашық сұрақтарына берілген жауаптарды тақырыптар бойынша кодтаңыз, кодтаушыларды салыстырыңыз, есеп жасаңыз.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="41"/>
        <source>New project…</source>
        <translation>Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="42"/>
        <source>Open project…</source>
        <translation>Жобаны ашу…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="43"/>
        <source>Open the demo survey</source>
        <translation>Демо сауалнаманы ашу</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="50"/>
        <source>Recent projects</source>
        <translation>Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="56"/>
        <source>Projects you open appear here.</source>
        <translation>Сіз ашқан жобалар осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>SuggestionReviewDialog</name>
    <message>
        <location filename="../suggestion_review.py" line="136"/>
        <source>Suggestion review</source>
        <translation>Ұсыныстарды тексеру</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="140"/>
        <source>All themes</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="155"/>
        <source>Find suggestions</source>
        <translation>Ұсыныстарды табу</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="156"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="156"/>
        <source>Minimum score</source>
        <translation>Ең төменгі балл</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="165"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="186"/>
        <source>Accept  (A)</source>
        <translation>Қабылдау  (A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="187"/>
        <source>Reject  (R)</source>
        <translation>Қабылдамау  (R)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="188"/>
        <source>Accept all shown  (Shift+A)</source>
        <translation>Көрсетілгендердің барлығын қабылдау  (Shift+A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="250"/>
        <source>No suggestion reviewed yet.</source>
        <translation>Әзірге бірде-бір ұсыныс тексерілмеген.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="252"/>
        <source>%1 accepted, %2 rejected, acceptance rate %3; %4 of %5 codings came from accepted suggestions</source>
        <translation>Қабылданды: %1, қабылданбады: %2, қабылдану үлесі: %3; қабылданған ұсыныстардан алынған кодтаулар: %4 / %5</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="267"/>
        <source>Finding suggestions…</source>
        <translation>Ұсыныстар ізделуде…</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="271"/>
        <source>Finding suggestions</source>
        <translation>Ұсыныстарды іздеу</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="299"/>
        <source>new suggestion found.</source>
        <translation>жаңа ұсыныс табылды.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="299"/>
        <source>new suggestions found.</source>
        <translation>жаңа ұсыныс табылды.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="300"/>
        <source>No new suggestion at or above this score.</source>
        <translation>Балы осыдан кем емес жаңа ұсыныс жоқ.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="305"/>
        <source>Search cancelled.</source>
        <translation>Іздеу тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="343"/>
        <source>Accepted</source>
        <translation>Қабылданды:</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="343"/>
        <source>Rejected</source>
        <translation>Қабылданбады:</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="344"/>
        <source>suggestion.</source>
        <translation>ұсыныс.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="344"/>
        <source>suggestions.</source>
        <translation>ұсыныс.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="350"/>
        <source>suggestion waiting for review</source>
        <translation>ұсыныс тексеруді күтуде</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="351"/>
        <source>suggestions waiting for review</source>
        <translation>ұсыныс тексеруді күтуде</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="352"/>
        <source>No suggestion waiting: choose a minimum score and press Find suggestions.</source>
        <translation>Тексеруді күтіп тұрған ұсыныс жоқ: ең төменгі балды таңдап, «Ұсыныстарды табу» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="366"/>
        <source>suggestions selected: A accepts them all, R rejects them all.</source>
        <translation>ұсыныс таңдалды: A — барлығын қабылдау, R — барлығын қабылдамау.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="371"/>
        <source>Why: </source>
        <translation>Себебі: </translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="371"/>
        <source>no reason given</source>
        <translation>себебі көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../suggestions.py" line="106"/>
        <source>Suggestions  (Enter accepts the first)</source>
        <translation>Ұсыныстар  (Enter біріншісін қабылдайды)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="127"/>
        <source>Suggestions are not available in this installation.</source>
        <translation>Бұл орнатуда ұсыныстар қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="145"/>
        <source>No suggestion for this answer yet.</source>
        <translation>Бұл жауапқа әзірге ұсыныс жоқ.</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <location filename="../theme_panel.py" line="68"/>
        <source>Type a theme name, Enter to toggle  (Ctrl+T)</source>
        <translation>Тақырып атауын теріңіз, Enter — қосу/алып тастау  (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="75"/>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="100"/>
        <source>No theme applies</source>
        <translation>Ешбір тақырып сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>ThemeTree</name>
    <message>
        <location filename="../codebook_editor.py" line="59"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="59"/>
        <source>Coded</source>
        <translation>Кодталған</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="88"/>
        <source>Coding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="96"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="112"/>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="133"/>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="158"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="165"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../merge_dialog.py" line="20"/>
        <source>Merge a coder&apos;s project</source>
        <translation>Кодтаушы жобасын біріктіру</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="265"/>
        <source>Writing the codebook PDF</source>
        <translation>Кодтар кітабы PDF-ке жазылуда</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Imported %1</source>
        <translation>Импортталды: %1</translation>
    </message>
</context>
<context>
    <name>RefiExchange</name>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA жобасын импорттау (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Add codes and codings from REFI-QDA (.qdpx)…</source>
        <translation>REFI-QDA-дан кодтар мен кодтауды қосу (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA жобасын экспорттау (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Code&amp;book</source>
        <translation>&amp;Кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import REFI-QDA codebook (.qdc)…</source>
        <translation>REFI-QDA кодтар кітабын импорттау (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA codebook (.qdc)…</source>
        <translation>REFI-QDA кодтар кітабын экспорттау (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import a REFI-QDA project</source>
        <translation>REFI-QDA жобасын импорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>New project from %1</source>
        <translation>%1 файлынан жаңа жоба</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Importing %1</source>
        <translation>%1 импортталуда</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Add codes and codings from a REFI-QDA project</source>
        <translation>REFI-QDA жобасынан кодтар мен кодтауды қосу</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import a REFI-QDA codebook</source>
        <translation>REFI-QDA кодтар кітабын импорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA жобасын экспорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA codebook</source>
        <translation>REFI-QDA кодтар кітабын экспорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Writing %1</source>
        <translation>%1 жазылуда</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Wrote %1</source>
        <translation>Жазылды: %1</translation>
    </message>
</context>
</TS>
