<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="29"/>
        <source>About Thematic</source>
        <translation>Thematic туралы</translation>
    </message>
    <message>
        <location filename="../about.py" line="35"/>
        <source>Qualitative thematic coding of open-ended survey answers.</source>
        <translation>Сауалнаманың ашық жауаптарын сапалық тақырыптық кодтау.</translation>
    </message>
    <message>
        <location filename="../about.py" line="37"/>
        <source>Free software under the MIT License.</source>
        <translation>MIT лицензиясы бойынша еркін бағдарламалық жасақтама.</translation>
    </message>
    <message>
        <location filename="../about.py" line="47"/>
        <source>Third-party software in this build:</source>
        <translation>Осы жинақтағы үшінші тарап бағдарламалары:</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../review_models.py" line="66"/>
        <source>One category per answer (single-choice)</source>
        <translation>Әр жауапқа бір категория (бір таңдау)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="68"/>
        <source>All themes (pooled)</source>
        <translation>Барлығы (жиынтық)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="69"/>
        <source>Theme sets (MASI-weighted α)</source>
        <translation>Тақырып жиындары (MASI α)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="77"/>
        <source>κ (Cohen)</source>
        <translation>κ (Коэн)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="77"/>
        <source>κ (Fleiss)</source>
        <translation>κ (Флейс)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="79"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="82"/>
        <source>% agreement</source>
        <translation>Келісім %</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="84"/>
        <source>α  [95% CI]</source>
        <translation>α  [95% аралық]</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="85"/>
        <source>Interpretation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="86"/>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="163"/>
        <source>prevalence</source>
        <translation>таралу</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="169"/>
        <source>not defined for these codings</source>
        <translation>бұл кодтаулар үшін анықталмаған</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="173"/>
        <source>each answer is one category (a theme, or no theme); answers two or more coders decided; %1</source>
        <translation>әр жауап — бір категория (тақырып немесе тақырыптың жоқтығы); екі немесе одан көп кодтаушы шешкен жауаптар; %1</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="177"/>
        <source>answers two or more compared coders decided; pooled over %1 answer × theme pairs</source>
        <translation>салыстырылатын екі немесе одан көп кодтаушы шешкен жауаптар; %1 «жауап × тақырып» жұбы бойынша жиынтық</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="180"/>
        <source>answers two or more compared coders decided</source>
        <translation>салыстырылатын екі немесе одан көп кодтаушы шешкен жауаптар</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="189"/>
        <source>Krippendorff&apos;s α over whole theme sets, with the MASI distance (partial credit for overlap)</source>
        <translation>Тұтас тақырып жиындары бойынша Криппендорф α, MASI қашықтығымен (ішінара сәйкестік ішінара есептеледі)</translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <location filename="../agreement_words.py" line="16"/>
        <source>reliable</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="17"/>
        <source>tentative</source>
        <translation>шартты түрде сенімді</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="18"/>
        <source>unreliable</source>
        <translation>сенімсіз</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="19"/>
        <source>poor</source>
        <translation>нашар</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="20"/>
        <source>slight</source>
        <translation>болмашы</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="21"/>
        <source>fair</source>
        <translation>қанағаттанарлық</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="22"/>
        <source>moderate</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="23"/>
        <source>substantial</source>
        <translation>елеулі</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="24"/>
        <source>almost perfect</source>
        <translation>толыққа жуық</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="25"/>
        <source>too few to judge</source>
        <translation>деректер аз</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="28"/>
        <source>top-level themes, each including its sub-themes</source>
        <translation>жоғарғы деңгей тақырыптары, әрқайсысы өз ішкі тақырыптарымен бірге</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="29"/>
        <source>the most specific themes (themes without sub-themes); codings on parent themes left out</source>
        <translation>ең нақты тақырыптар (ішкі тақырыптары жоқ тақырыптар); ата тақырыптардағы кодтаулар есепке алынбайды</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="33"/>
        <source>every theme, each parent including its sub-themes</source>
        <translation>барлық тақырыптар, әр ата тақырып өз ішкі тақырыптарымен бірге</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="36"/>
        <source>answer</source>
        <translation>жауап</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="37"/>
        <source>answer × theme</source>
        <translation>жауап × тақырып</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="40"/>
        <source>fewer than two categories</source>
        <translation>екіден аз категория</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="41"/>
        <source>fewer than two coders</source>
        <translation>екіден аз кодтаушы</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="42"/>
        <source>no values were coded</source>
        <translation>бірде-бір мән кодталмаған</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="43"/>
        <source>no unit was coded by two or more coders</source>
        <translation>бірде-бір бірлікті екі немесе одан көп кодтаушы кодтамаған</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="46"/>
        <source>no unit was coded by both coders</source>
        <translation>бірде-бір бірлікті екі кодтаушы да кодтамаған</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="49"/>
        <source>expected agreement is 1: every value falls in the same category</source>
        <translation>күтілетін келісім 1-ге тең: барлық мән бір категорияға түседі</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="52"/>
        <source>expected agreement is 1: both coders used one and the same category only</source>
        <translation>күтілетін келісім 1-ге тең: екі кодтаушы да тек бір ғана категорияны қолданған</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="55"/>
        <source>no pairable values: no unit was coded by two or more coders</source>
        <translation>жұптастыруға болатын мән жоқ: бірде-бір бірлікті екі немесе одан көп кодтаушы кодтамаған</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="58"/>
        <source>no variation: every pairable value is the same, so expected disagreement is 0</source>
        <translation>вариация жоқ: жұптасатын барлық мән бірдей, сондықтан күтілетін келіспеушілік 0-ге тең</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="63"/>
        <source>percent agreement</source>
        <translation>келісім пайызы</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="64"/>
        <source>Cohen&apos;s κ</source>
        <translation>Коэн κ</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="65"/>
        <source>Scott&apos;s π</source>
        <translation>Скотт π</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="66"/>
        <source>Fleiss&apos; κ</source>
        <translation>Флейс κ</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="67"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Криппендорф α</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="105"/>
        <source>percent agreement is %1 but %2: when a category is rare (or nearly universal) chance agreement is high, so raw agreement overstates reliability (prevalence paradox); report the chance-corrected value together with the prevalence.</source>
        <translation>келісім пайызы %1, бірақ %2: категория сирек (немесе барлық жерде дерлік) кездессе, кездейсоқ келісім жоғары болады, сондықтан жай келісім сенімділікті асыра көрсетеді (таралу парадоксы); кездейсоқтыққа түзетілген мәнді таралуымен бірге келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="120"/>
        <source>shown apart: only their pairs include them</source>
        <translation>бөлек көрсетілген: тек өз жұптарында ескеріледі</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="122"/>
        <source>included as chosen</source>
        <translation>таңдау бойынша қосылған</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="125"/>
        <source>coder %1 decided %2 answers, far fewer than %3 (%4); %5</source>
        <translation>%1 кодтаушы %2 жауап шешті, бұл %3 кодтаушыдан (%4) әлдеқайда аз; %5</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="135"/>
        <source>%1 decisions carry several themes although the coding is single-choice; each such set is a category of its own</source>
        <translation>кодтау бір таңдаулы болса да, %1 шешімде бірнеше тақырып бар; әрбір осындай жиын жеке категория болып саналады</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../answer_view.py" line="57"/>
        <source>(empty answer)</source>
        <translation>(бос жауап)</translation>
    </message>
</context>
<context>
    <name>CodebookChoiceDialog</name>
    <message>
        <location filename="../codebook_files.py" line="42"/>
        <source>Starting codebook</source>
        <translation>Бастапқы кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="43"/>
        <source>An empty codebook (add themes as you read)</source>
        <translation>Бос кодтар кітабы (тақырыптарды оқи отырып қосасыз)</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="44"/>
        <source>The seed study&apos;s codebook (open government, Astana)</source>
        <translation>Негізгі зерттеудің кодтар кітабы (ашық үкімет, Астана)</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="45"/>
        <source>A codebook file (YAML or JSON):</source>
        <translation>Кодтар кітабының файлы (YAML немесе JSON):</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="52"/>
        <source>Path of a .yaml or .json codebook</source>
        <translation>.yaml немесе .json кодтар кітабының жолы</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="53"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="66"/>
        <source>Create project</source>
        <translation>Жоба құру</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="67"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="71"/>
        <source>Which codebook should the new project start from?</source>
        <translation>Жаңа жоба қай кодтар кітабынан басталсын?</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="82"/>
        <source>Choose a codebook</source>
        <translation>Кодтар кітабын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="95"/>
        <source>choose a codebook file first</source>
        <translation>алдымен кодтар кітабының файлын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../codebook_editor.py" line="113"/>
        <source>Add theme</source>
        <translation>Тақырып қосу</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="114"/>
        <source>New theme</source>
        <translation>Жаңа тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="115"/>
        <source>Add sub-theme</source>
        <translation>Ішкі тақырып қосу</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="116"/>
        <source>New sub-theme</source>
        <translation>Жаңа ішкі тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="127"/>
        <source>Drag a theme onto another to make it a sub-theme, or between themes to reorder.</source>
        <translation>Тақырыпты ішкі тақырып ету үшін оны басқа тақырыптың үстіне, ал ретін өзгерту үшін тақырыптардың арасына сүйреңіз.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="143"/>
        <source>One example quote per line</source>
        <translation>Әр жолға бір мысал дәйексөз</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="146"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="148"/>
        <source>A letter, digit or F-key, optionally with Ctrl+ or Shift+; empty gives the default key</source>
        <translation>Әріп, сан немесе F-пернесі, Ctrl+ не Shift+ қосуға болады; бос болса — әдепкі перне</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="152"/>
        <source>One language per line, e.g.  ru: реклама, объявление</source>
        <translation>Әр жолға бір тіл, мысалы:  ru: реклама, объявление</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="170"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="171"/>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="172"/>
        <source>Quick key</source>
        <translation>Жылдам перне</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="173"/>
        <source>Definition</source>
        <translation>Анықтамасы</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="174"/>
        <source>Include when</source>
        <translation>Қосу шарты</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="175"/>
        <source>Exclude when</source>
        <translation>Алып тастау шарты</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="176"/>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="177"/>
        <source>Keywords</source>
        <translation>Кілт сөздер</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="182"/>
        <location filename="../codebook_editor.py" line="188"/>
        <source>Save theme</source>
        <translation>Тақырыпты сақтау</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="184"/>
        <source>Edits are also saved on Enter, Ctrl+S and when you leave a field</source>
        <translation>Өзгерістер Enter, Ctrl+S басқанда және өрістен шыққанда да сақталады</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="193"/>
        <source>Merge into…</source>
        <translation>Басқа тақырыпқа біріктіру…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="195"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="213"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="227"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="373"/>
        <source>%1 is not a colour (use #rrggbb)</source>
        <translation>%1 түс емес (#rrggbb пішімін пайдаланыңыз)</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="422"/>
        <source>Delete “%1”? %2 codings (all coders) will be removed; sub-themes move up.</source>
        <translation>“%1” жойылсын ба? %2 кодтау (барлық кодтаушылардікі) жойылады; ішкі тақырыптар бір деңгей жоғары көтеріледі.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="426"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="440"/>
        <source>Merge “%1” (%2 codings) into:</source>
        <translation>“%1” тақырыбын (%2 кодтау) мына тақырыпқа біріктіру:</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="444"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="471"/>
        <source>%1; refreshed</source>
        <translation>%1; деректер жаңартылды</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="480"/>
        <source>Theme colour</source>
        <translation>Тақырып түсі</translation>
    </message>
</context>
<context>
    <name>CodebookFiles</name>
    <message>
        <location filename="../codebook_files.py" line="120"/>
        <source>Import codebook</source>
        <translation>Кодтар кітабын импорттау</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="134"/>
        <source>Codebook imported: %1 themes added, %2 updated</source>
        <translation>Кодтар кітабы импортталды: %1 тақырып қосылды, %2 жаңартылды</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="150"/>
        <source>Export codebook</source>
        <translation>Кодтар кітабын экспорттау</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="162"/>
        <source>Codebook written to %1</source>
        <translation>Кодтар кітабы %1 файлына жазылды</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="176"/>
        <source>New empty codebook</source>
        <translation>Жаңа бос кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="177"/>
        <source>Remove all %1 themes and %2 codings (all coders)? Edit ▸ Undo brings them back.</source>
        <translation>Барлық %1 тақырып пен %2 кодтауды (барлық кодтаушылардың) жою керек пе? Түзету ▸ Болдырмау оларды қайтарады.</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../dialogs.py" line="96"/>
        <source>Who is coding?</source>
        <translation>Кім кодтайды?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="104"/>
        <source>Your codings in “%1” are saved under this name. Other coders&apos; codings stay hidden while blind mode is on.</source>
        <translation>“%1” ішіндегі кодтауларыңыз осы атпен сақталады. Соқыр режим қосулы кезде басқа кодтаушылардың кодтаулары жасырын болады.</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <location filename="../coding_stripes.py" line="41"/>
        <source>Coding stripes: one colour per theme, beside the words coded with it</source>
        <translation>Кодтау жолақтары: әр тақырыпқа бір түс, сол тақырыппен кодталған сөздердің жанында</translation>
    </message>
    <message>
        <location filename="../coding_stripes.py" line="103"/>
        <source>%1: the whole answer</source>
        <translation>%1: бүкіл жауап</translation>
    </message>
</context>
<context>
    <name>CodingWorkspace</name>
    <message>
        <location filename="../workspace_keys.py" line="29"/>
        <source>No theme applies</source>
        <translation>Ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="30"/>
        <source>Next answer</source>
        <translation>Келесі жауап</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="35"/>
        <source>Previous answer</source>
        <translation>Алдыңғы жауап</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="41"/>
        <source>Next uncoded answer</source>
        <translation>Келесі кодталмаған жауап</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="47"/>
        <source>Accept the top suggestion (move on when it is applied)</source>
        <translation>Бірінші ұсынысты қабылдау (қолданылған болса — келесіге өту)</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="56"/>
        <source>Accept suggestion %1</source>
        <translation>%1-ұсынысты қабылдау</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="62"/>
        <source>Pick a theme by typing</source>
        <translation>Атауын теру арқылы тақырып таңдау</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="68"/>
        <source>Search answers</source>
        <translation>Жауаптардан іздеу</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="74"/>
        <source>Back to the answers</source>
        <translation>Жауаптарға оралу</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="80"/>
        <source>Write a memo on this answer</source>
        <translation>Осы жауапқа жазба жазу</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="93"/>
        <source>Code as %1</source>
        <translation>«%1» деп кодтау</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="102"/>
        <source>This project has no answers yet: import a survey (File ▸ Import survey).</source>
        <translation>Бұл жобада әлі жауап жоқ: сауалнаманы импорттаңыз (Файл ▸ Сауалнаманы импорттау).</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="235"/>
        <source>No answer matches the filter.</source>
        <translation>Сүзгіге сәйкес жауап жоқ.</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="351"/>
        <source>Respondent %1 · answer %2 of %3</source>
        <translation>Респондент %1 · жауап %2 / %3</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../live_updates.py" line="57"/>
        <source>Retry now</source>
        <translation>Қазір қайталау</translation>
    </message>
    <message>
        <location filename="../live_updates.py" line="69"/>
        <source>No connection to the database server (%1). Everything the window showed as saved is safe; key presses are paused until the server answers. Trying again in %2 s.</source>
        <translation>Дерекқор серверімен байланыс жоқ (%1). Терезеде сақталған деп көрсетілгеннің бәрі аман; сервер жауап бергенше перне басулары тоқтатылады. %2 секундтан кейін қайта әрекет жасалады.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../crash_log.py" line="98"/>
        <source>Something went wrong inside Thematic: %1. What you saved is kept and the project stays open. The details are in %2; please send that file with a note of what you did.</source>
        <translation>Thematic ішінде қате шықты: %1. Сақталғандар жоғалмайды, жоба ашық қалады. Толығырақ %2 ішінде; сол файлды не істегеніңізді сипаттап жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>CustomThemesDialog</name>
    <message>
        <location filename="../review_widgets.py" line="24"/>
        <source>Consensus themes</source>
        <translation>Консенсус тақырыптары</translation>
    </message>
    <message>
        <location filename="../review_widgets.py" line="32"/>
        <source>Tick the themes of the consensus; none ticked means no theme applies.</source>
        <translation>Консенсус тақырыптарын белгілеңіз; ештеңе белгіленбесе, ешбір тақырып сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="310"/>
        <source>Wide: one row per answer, one 0/1 column per theme</source>
        <translation>Кең: әр жауапқа бір жол, әр тақырыпқа бір 0/1 бағаны</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="311"/>
        <source>Long: one row per coding</source>
        <translation>Ұзын: әр кодтауға бір жол</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="322"/>
        <source>Layout</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="332"/>
        <source>An Excel workbook holds both layouts as sheets.</source>
        <translation>Excel жұмыс кітабында екі пішім де жеке парақтарда сақталады.</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../diagnosis_dialog.py" line="28"/>
        <source>Codebook diagnosis</source>
        <translation>Кодтар кітабының диагностикасы</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="84"/>
        <source>(nothing instead)</source>
        <translation>(орнына ештеңе)</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="90"/>
        <source>Coders: %1 · level of themes: %2</source>
        <translation>Кодтаушылар: %1 · тақырыптар деңгейі: %2</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="93"/>
        <source>Most frequent confusions</source>
        <translation>Ең жиі шатастырулар</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="95"/>
        <source>Answers on which one coder gave the first theme and another coder gave the second instead.</source>
        <translation>Бір кодтаушы бірінші тақырыпты, ал басқа кодтаушы оның орнына екіншісін берген жауаптар.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="97"/>
        <source>Theme given</source>
        <translation>Берілген тақырып</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="98"/>
        <source>Other coder gave instead</source>
        <translation>Басқа кодтаушы оның орнына берген</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="99"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="100"/>
        <source>The coders gave the same themes on every answer.</source>
        <translation>Кодтаушылар әр жауапқа бірдей тақырыптар берді.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="101"/>
        <source>Themes with low agreement (α below .667)</source>
        <translation>Келісімділігі төмен тақырыптар (α 0,667-ден төмен)</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="102"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="103"/>
        <source>Agreement over the coding order</source>
        <translation>Кодтау барысындағы келісімділік</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="104"/>
        <source>Blocks of %1 answers in the order of the coding loop.</source>
        <translation>Кодтау ретімен %1 жауаптан тұратын блоктар.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="107"/>
        <source>Identical sets</source>
        <translation>Бірдей жиындар</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <location filename="../review_models.py" line="222"/>
        <source>(no theme applies)</source>
        <translation>(ешбір тақырып сәйкес келмейді)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="247"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="247"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="247"/>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="264"/>
        <source>not settled</source>
        <translation>шешілмеген</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../error_banner.py" line="27"/>
        <source>Dismiss this message</source>
        <translation>Бұл хабарламаны жасыру</translation>
    </message>
    <message numerus="yes">
        <location filename="../error_banner.py" line="40"/>
        <source> (%n messages)</source>
        <translation>
            <numerusform> (%n хабарлама)</numerusform>
            <numerusform> (%n хабарлама)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../file_dialogs.py" line="36"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="39"/>
        <source>%1 file</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="41"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="28"/>
        <source>All answers</source>
        <translation>Барлық жауаптар</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="29"/>
        <source>Uncoded</source>
        <translation>Кодталмағандар</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="30"/>
        <source>Coded</source>
        <translation>Кодталғандар</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="31"/>
        <source>No theme applies</source>
        <translation>Ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="56"/>
        <source>Search answers…</source>
        <translation>Жауаптардан іздеу…</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="65"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="69"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="51"/>
        <location filename="../filter_bar.py" line="135"/>
        <source>Any theme</source>
        <translation>Кез келген тақырып</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="52"/>
        <location filename="../filter_bar.py" line="145"/>
        <source>Any respondent</source>
        <translation>Кез келген респондент</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="155"/>
        <source>(blank)</source>
        <translation>(бос)</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../groups_dialog.py" line="59"/>
        <source>Near-duplicate answers</source>
        <translation>Өте ұқсас жауаптар</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="33"/>
        <source>Answers that say the same thing are grouped. Pick a theme (keys 1–9) or “No theme applies” (0), then confirm with Enter (or the same key again) to code a whole group in one step; untick an answer (click its box, or Space) to leave it out.</source>
        <translation>Мағынасы бірдей жауаптар топтастырылған. Тақырыпты (1–9 пернелері) немесе «Ешбір тақырып сәйкес келмейді» (0) таңдап, бүкіл топты бір қадаммен кодтау үшін Enter (немесе сол пернені қайта) басып растаңыз; жауапты қоспау үшін оның белгісін алыңыз (құсбелгіні басыңыз немесе Space).</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="86"/>
        <source>Code</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="145"/>
        <source>Grouping similar answers…</source>
        <translation>Ұқсас жауаптар топтастырылуда…</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="150"/>
        <source>Grouping similar answers</source>
        <translation>Ұқсас жауаптарды топтастыру</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="163"/>
        <source>Grouping cancelled.</source>
        <translation>Топтастыру тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="190"/>
        <source>No answers in this question repeat each other closely enough to group.</source>
        <translation>Бұл сұрақта топтастыруға болатындай бір-біріне жеткілікті ұқсас жауаптар жоқ.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="212"/>
        <source>%1 of %2 groups coded</source>
        <translation>Кодталған топтар: %1 / %2</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="232"/>
        <source>Tick at least one answer of the group first.</source>
        <translation>Алдымен топтың кемінде бір жауабын белгілеңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="241"/>
        <source>Mark %n answer(s) of this group as “no theme applies”?</source>
        <translation>
            <numerusform>Осы топтың %n жауабы «ешбір тақырып сәйкес келмейді» деп белгіленсін бе?</numerusform>
            <numerusform>Осы топтың %n жауабы «ешбір тақырып сәйкес келмейді» деп белгіленсін бе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="243"/>
        <source>%n of them lose the themes they have.</source>
        <translation>
            <numerusform>Олардың ішінде %n жауаптың бұрынғы тақырыптары алынып тасталады.</numerusform>
            <numerusform>Олардың ішінде %n жауаптың бұрынғы тақырыптары алынып тасталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="246"/>
        <source>Code %n answer(s) of this group as “%1”?</source>
        <translation>
            <numerusform>Осы топтың %n жауабы «%1» деп кодталсын ба?</numerusform>
            <numerusform>Осы топтың %n жауабы «%1» деп кодталсын ба?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="249"/>
        <source>%n of them have it already.</source>
        <translation>
            <numerusform>Олардың ішінде %n жауапта бұл тақырып бұрыннан бар.</numerusform>
            <numerusform>Олардың ішінде %n жауапта бұл тақырып бұрыннан бар.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="250"/>
        <source>Enter or the same key again confirms; Esc cancels.</source>
        <translation>Enter немесе сол перне қайта басылса — растау; Esc — бас тарту.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="277"/>
        <location filename="../groups_panel.py" line="48"/>
        <source>no theme applies</source>
        <translation>ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="279"/>
        <source> (%n left out)</source>
        <translation>
            <numerusform> (%n жауап қамтылмады)</numerusform>
            <numerusform> (%n жауап қамтылмады)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="281"/>
        <source>Coded %n answer(s) as %1.</source>
        <translation>
            <numerusform>%n жауап кодталды: %1.</numerusform>
            <numerusform>%n жауап кодталды: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="45"/>
        <source>mixed</source>
        <translation>әртүрлі</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../groups_panel.py" line="75"/>
        <source>Answers in this group</source>
        <translation>Осы топтағы жауаптар</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="80"/>
        <source>Code group</source>
        <translation>Топты кодтау</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="81"/>
        <source>No theme applies  (0)</source>
        <translation>Ешбір тақырып сәйкес келмейді  (0)</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="83"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="91"/>
        <source>Keys: 1–9 code the group with that theme · 0 no theme applies · Enter confirms, Esc cancels · J / K next / previous group</source>
        <translation>Пернелер: 1–9 — топты сол тақырыппен кодтау · 0 — ешбір тақырып сәйкес келмейді · Enter — растау, Esc — бас тарту · J / K — келесі / алдыңғы топ</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="101"/>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="179"/>
        <source>coded: %1</source>
        <translation>кодталды: %1</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="187"/>
        <source>Answers in “%1”  (%2)</source>
        <translation>“%1” тобындағы жауаптар  (%2)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_view.py" line="69"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="71"/>
        <source>Filter by coder or action…</source>
        <translation>Кодтаушы немесе әрекет бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="74"/>
        <source>Only my steps</source>
        <translation>Тек менің қадамдарым</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="89"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="110"/>
        <source>Undo my last step: %1</source>
        <translation>Соңғы қадамымды болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="112"/>
        <source>Nothing of mine to undo</source>
        <translation>Болдырмайтын қадамым жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../history_view.py" line="127"/>
        <source>%n step(s) shown</source>
        <translation>
            <numerusform>%n қадам көрсетілді</numerusform>
            <numerusform>%n қадам көрсетілді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../history_view.py" line="42"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="42"/>
        <source>Coder</source>
        <translation>Кодтаушы</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="42"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="56"/>
        <source>  (undone)</source>
        <translation>  (болдырылмады)</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <location filename="../import_options.py" line="180"/>
        <source>One row per respondent (wide)</source>
        <translation>Бір респондентке бір жол (кең)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="181"/>
        <source>One row per answer (long)</source>
        <translation>Бір жауапқа бір жол (ұзын)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="183"/>
        <source>coder of the code columns</source>
        <translation>кодтаушы</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="185"/>
        <source>; | or new line</source>
        <translation>; | ⏎</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="187"/>
        <source>e.g. -&gt; or /</source>
        <translation>-&gt; немесе /</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="190"/>
        <source>Add unknown codes to the codebook</source>
        <translation>Белгісіз кодтарды кодтар кітабына қосу</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="197"/>
        <source>Layout</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="198"/>
        <source>Codes by</source>
        <translation>Кім кодтады</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="199"/>
        <source>Code separator</source>
        <translation>Кодтар бөлгіші</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="200"/>
        <source>Hierarchy separator</source>
        <translation>Иерархия бөлгіші</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="219"/>
        <source>Respondent ids repeat: one row per answer.</source>
        <translation>Респондент идентификаторлары қайталанады: бір жауапқа бір жол.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../refi_exchange.py" line="62"/>
        <source>Imported %1</source>
        <translation>Импортталды: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="215"/>
        <source>Sheet %1 holds no table of answers; choose the sheet to read above.</source>
        <translation>%1 парағында жауаптар кестесі жоқ; оқылатын парақты жоғарыдан таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="107"/>
        <source>Import survey</source>
        <translation>Сауалнаманы импорттау</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="116"/>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="23"/>
        <location filename="../import_options.py" line="32"/>
        <location filename="../import_options.py" line="63"/>
        <source>Detect</source>
        <translation>Автоанықтау</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="36"/>
        <source>Respondent id</source>
        <translation>Респондент идентификаторы</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="37"/>
        <source>Open question (code it)</source>
        <translation>Ашық сұрақ (кодталады)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="38"/>
        <source>Attribute (age, sector…)</source>
        <translation>Атрибут (жас, сала…)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="39"/>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="40"/>
        <source>Codes (by the coder named above)</source>
        <translation>Кодтар (жоғарыда аталған кодтаушыныкі)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="41"/>
        <source>Question name (long layout)</source>
        <translation>Сұрақ атауы (ұзын пішім)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="113"/>
        <source>Type a path and press Enter, or choose a CSV, Excel or SPSS file</source>
        <translation>Жолды теріп, Enter басыңыз немесе CSV, Excel не SPSS файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>Use as</source>
        <translation>Қолданылуы</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>First value</source>
        <translation>Бірінші мән</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="144"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="146"/>
        <source>Cancel import</source>
        <translation>Импорттаудан бас тарту</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="181"/>
        <source>Surveys (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav *.por);;All files (*)</source>
        <translation>Сауалнамалар (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav *.por);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="25"/>
        <source>UTF-8 with BOM</source>
        <translation>BOM бар UTF-8</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="26"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилл)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="27"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (батыс еуропалық)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="33"/>
        <source>Semicolon ;</source>
        <translation>Нүктелі үтір ;</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="34"/>
        <source>Comma ,</source>
        <translation>Үтір ,</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="35"/>
        <location filename="../import_options.py" line="155"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="36"/>
        <source>Pipe |</source>
        <translation>Тік сызық |</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="72"/>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="73"/>
        <source>Encoding</source>
        <translation>Кодтама</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="74"/>
        <source>Delimiter</source>
        <translation>Бөлгіш</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="75"/>
        <source>Header rows</source>
        <translation>Баған атаулары жолдары</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="142"/>
        <source>header rows %1</source>
        <translation>баған атаулары жолдары: %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="146"/>
        <source>Read as an SPSS data file, encoding %1</source>
        <translation>SPSS деректер файлы ретінде оқылды, кодтама %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="151"/>
        <source>sheet %1</source>
        <translation>парақ %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="159"/>
        <source>encoding %1</source>
        <translation>кодтама %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="160"/>
        <source>delimiter %1</source>
        <translation>бөлгіш %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="165"/>
        <source>Preview (first rows as decoded)</source>
        <translation>Алдын ала қарау (декодталған алғашқы жолдар)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="167"/>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="179"/>
        <source>Choose a survey file</source>
        <translation>Сауалнама файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="163"/>
        <source>Read with </source>
        <translation>Оқу параметрлері: </translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="308"/>
        <source>Importing %1</source>
        <translation>%1 импортталуда</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="332"/>
        <source>Imported %1 answers from %2 respondents (%3 blank).</source>
        <translation>%2 респонденттен %1 жауап импортталды (%3 бос).</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="343"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Импорттау тоқтатылды: ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../live_updates.py" line="206"/>
        <source>Connected to the database server again</source>
        <translation>Дерекқор серверімен байланыс қалпына келді</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="67"/>
        <source>Coding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <location filename="../window.py" line="68"/>
        <source>Codebook</source>
        <translation>Кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../window.py" line="105"/>
        <source>&amp;New project…</source>
        <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../window.py" line="107"/>
        <source>&amp;Open project…</source>
        <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../window.py" line="110"/>
        <source>&amp;Import survey…</source>
        <translation>Сауалнаманы &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="113"/>
        <source>&amp;Merge coder&apos;s project…</source>
        <translation>Кодтаушы жобасын &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="117"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../window.py" line="119"/>
        <source>Open the &amp;demo survey</source>
        <translation>Де&amp;мо сауалнаманы ашу</translation>
    </message>
    <message>
        <location filename="../window.py" line="122"/>
        <source>Export &amp;report…</source>
        <translation>Есепті &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="124"/>
        <source>Export coded &amp;data…</source>
        <translation>Кодталған &amp;деректерді экспорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="126"/>
        <source>Export code&amp;book PDF…</source>
        <translation>&amp;Кодтар кітабын PDF-ке экспорттау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="129"/>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../window.py" line="130"/>
        <source>Switch &amp;coder…</source>
        <translation>Кодтаушыны ауыс&amp;тыру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="131"/>
        <source>&amp;Close project</source>
        <translation>Жоба&amp;ны жабу</translation>
    </message>
    <message>
        <location filename="../window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../window.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../window.py" line="134"/>
        <location filename="../window.py" line="497"/>
        <location filename="../window.py" line="526"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../window.py" line="135"/>
        <location filename="../window.py" line="527"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../window.py" line="137"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../window.py" line="140"/>
        <source>&amp;New empty codebook…</source>
        <translation>&amp;Жаңа бос кодтар кітабы…</translation>
    </message>
    <message>
        <location filename="../window.py" line="144"/>
        <source>&amp;Import codebook (YAML, JSON)…</source>
        <translation>Кодтар кітабын &amp;импорттау (YAML, JSON)…</translation>
    </message>
    <message>
        <location filename="../window.py" line="149"/>
        <source>&amp;Export codebook (YAML, JSON)…</source>
        <translation>Кодтар кітабын &amp;экспорттау (YAML, JSON)…</translation>
    </message>
    <message>
        <location filename="../window.py" line="153"/>
        <source>&amp;History…</source>
        <translation>&amp;Тарих…</translation>
    </message>
    <message>
        <location filename="../window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../window.py" line="156"/>
        <source>&amp;Blind coding (hide other coders)</source>
        <translation>&amp;Соқыр кодтау (басқа кодтаушыларды жасыру)</translation>
    </message>
    <message>
        <location filename="../window.py" line="160"/>
        <source>&amp;Move to the next answer after coding</source>
        <translation>Кодтаудан кейін келесі жауапқа &amp;өту</translation>
    </message>
    <message>
        <location filename="../window.py" line="163"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Талдау</translation>
    </message>
    <message>
        <location filename="../window.py" line="165"/>
        <source>&amp;Agreement review…</source>
        <translation>&amp;Келісімділікті тексеру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="169"/>
        <source>&amp;Suggestion review…</source>
        <translation>&amp;Ұсыныстарды тексеру…</translation>
    </message>
    <message>
        <location filename="../window.py" line="174"/>
        <source>Near-&amp;duplicate answers…</source>
        <translation>&amp;Өте ұқсас жауаптар…</translation>
    </message>
    <message>
        <location filename="../window.py" line="180"/>
        <source>Embed answers by &amp;meaning</source>
        <translation>Жауаптардың &amp;мағыналық векторларын есептеу</translation>
    </message>
    <message>
        <location filename="../window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../window.py" line="190"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>Пернелер &amp;тіркесімдері</translation>
    </message>
    <message>
        <location filename="../window.py" line="191"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Журналдар қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../window.py" line="192"/>
        <source>&amp;About Thematic</source>
        <translation>Thematic &amp;туралы</translation>
    </message>
    <message>
        <location filename="../window.py" line="259"/>
        <source>This project is in %1. Never open it on two machines at once through such a folder: the copies overwrite each other&apos;s work. To code on another machine, use File ▸ Save a copy…, send the copy, and bring the work back with File ▸ Merge coder&apos;s project….</source>
        <translation>Бұл жоба %1 ішінде. Оны мұндай қалта арқылы екі компьютерде бір уақытта ешқашан ашпаңыз: көшірмелер бір-бірінің жұмысын өшіреді. Басқа компьютерде кодтау үшін Файл ▸ Көшірмесін сақтау… пәрменін таңдап, көшірмені жіберіңіз, ал жұмысты Файл ▸ Кодтаушы жобасын біріктіру… арқылы қайтарыңыз.</translation>
    </message>
    <message>
        <location filename="../window.py" line="277"/>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <location filename="../window.py" line="289"/>
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../window.py" line="308"/>
        <source>Building the demo survey</source>
        <translation>Демо сауалнама құрылуда</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>A PostgreSQL project is copied with pg_dump, not from the window.</source>
        <translation>PostgreSQL жобасы терезеден емес, pg_dump арқылы көшіріледі.</translation>
    </message>
    <message>
        <location filename="../window.py" line="350"/>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <location filename="../window.py" line="356"/>
        <source>A copy needs a name of its own, not the open project&apos;s.</source>
        <translation>Көшірмеге ашық жобаның атауы емес, өз атауы керек.</translation>
    </message>
    <message>
        <location filename="../window.py" line="362"/>
        <source>Saving a copy</source>
        <translation>Көшірме сақталуда</translation>
    </message>
    <message>
        <location filename="../window.py" line="365"/>
        <source>Saved a copy as %1</source>
        <translation>Көшірме %1 ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../window.py" line="383"/>
        <source>Open or create a project first, then import a survey into it.</source>
        <translation>Алдымен жобаны ашыңыз немесе жасаңыз, содан кейін оған сауалнаманы импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../window.py" line="402"/>
        <source>Merging %1</source>
        <translation>%1 біріктірілуде</translation>
    </message>
    <message>
        <location filename="../window.py" line="454"/>
        <source>Export codebook PDF</source>
        <translation>Кодтар кітабын PDF-ке экспорттау</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Undoing %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Redoing %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="526"/>
        <source>Undo %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="527"/>
        <source>Redo %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="575"/>
        <source>Coder: %1</source>
        <translation>Кодтаушы: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="577"/>
        <source>  ·  blind</source>
        <translation>  ·  соқыр режим</translation>
    </message>
    <message>
        <location filename="../window.py" line="582"/>
        <source>owner</source>
        <translation>жоба иесі</translation>
    </message>
    <message>
        <location filename="../window.py" line="582"/>
        <source>coder</source>
        <translation>кодтаушы</translation>
    </message>
    <message>
        <location filename="../window.py" line="582"/>
        <source>reader</source>
        <translation>оқырман</translation>
    </message>
</context>
<context>
    <name>MeaningController</name>
    <message>
        <location filename="../meaning.py" line="50"/>
        <source>Meaning: starting</source>
        <translation>Мағыналық векторлар: іске қосылуда</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="55"/>
        <location filename="../meaning.py" line="96"/>
        <source>Embedding answers by meaning</source>
        <translation>Жауаптардың мағыналық векторлары есептелуде</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="81"/>
        <source>Suggestions also compare answers by meaning, across languages (model %1).</source>
        <translation>Ұсыныстар жауаптарды мағынасы бойынша да, түрлі тілдер арасында да салыстырады (%1 моделі).</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="108"/>
        <location filename="../meaning.py" line="127"/>
        <source>Meaning: paused (Analysis ▸ Embed answers by meaning goes on)</source>
        <translation>Мағыналық векторлар: кідіртілді (жалғастыру — Талдау ▸ Жауаптардың мағыналық векторларын есептеу)</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="129"/>
        <source>Meaning: stopped (%1)</source>
        <translation>Мағыналық векторлар: тоқтатылды (%1)</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="135"/>
        <source>Reading the answers&apos; meaning</source>
        <translation>Жауаптардың мағыналық векторлары жүктелуде</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="143"/>
        <source>Meaning: on, %1 answers</source>
        <translation>Мағыналық векторлар: дайын, %1 жауап</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="146"/>
        <source>Meaning: %1 of %2</source>
        <translation>Мағыналық векторлар: %1 / %2</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../memo_panel.py" line="28"/>
        <source>Memo  (Ctrl+M)</source>
        <translation>Жазба  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="32"/>
        <source>Answers with a memo carry this mark in the list</source>
        <translation>Жазбасы бар жауаптар тізімде осы белгімен көрсетіледі</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="69"/>
        <source>You are a reader here: you see the coders&apos; notes below and write none</source>
        <translation>Мұнда сіз оқырмансыз: кодтаушылардың жазбалары төменде көрінеді, өзіңіз жаза алмайсыз</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="71"/>
        <source>Your note on this answer (saved as you type; Esc returns to the list)</source>
        <translation>Осы жауапқа жазбаңыз (теру кезінде сақталады; Esc тізімге қайтарады)</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Merged %1</source>
        <translation>%1 біріктірілді</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../tasks.py" line="178"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message numerus="yes">
        <location filename="../review_queue.py" line="143"/>
        <source>%n suggestion(s) selected: A accepts them all, R rejects them all.</source>
        <translation>
            <numerusform>%n ұсыныс таңдалды: A қабылдайды, R қабылдамайды.</numerusform>
            <numerusform>%n ұсыныс таңдалды: A бәрін қабылдайды, R бәрін қабылдамайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="148"/>
        <source>Why: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="148"/>
        <source>no reason given</source>
        <translation>себебі көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>RefiExchange</name>
    <message>
        <location filename="../refi_exchange.py" line="93"/>
        <source>Import REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA жобасын импорттау (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="96"/>
        <source>Add codes and codings from REFI-QDA (.qdpx)…</source>
        <translation>REFI-QDA-дан кодтар мен кодтауды қосу (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="99"/>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA жобасын экспорттау (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="105"/>
        <source>Code&amp;book</source>
        <translation>&amp;Кодтар кітабы</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="107"/>
        <source>Import REFI-QDA codebook (.qdc)…</source>
        <translation>REFI-QDA кодтар кітабын импорттау (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="110"/>
        <source>Export REFI-QDA codebook (.qdc)…</source>
        <translation>REFI-QDA кодтар кітабын экспорттау (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="155"/>
        <source>Import a REFI-QDA project</source>
        <translation>REFI-QDA жобасын импорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="159"/>
        <source>New project from %1</source>
        <translation>%1 файлынан жаңа жоба</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="174"/>
        <location filename="../refi_exchange.py" line="186"/>
        <location filename="../refi_exchange.py" line="198"/>
        <source>Importing %1</source>
        <translation>%1 импортталуда</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="182"/>
        <source>Add codes and codings from a REFI-QDA project</source>
        <translation>REFI-QDA жобасынан кодтар мен кодтауды қосу</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="194"/>
        <source>Import a REFI-QDA codebook</source>
        <translation>REFI-QDA кодтар кітабын импорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="208"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA жобасын экспорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="217"/>
        <source>Export REFI-QDA codebook</source>
        <translation>REFI-QDA кодтар кітабын экспорттау</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="230"/>
        <source>Writing %1</source>
        <translation>%1 жазылуда</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="233"/>
        <source>Wrote %1</source>
        <translation>Жазылды: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="228"/>
        <source>Include the quotes appendix (every coded answer, by theme)</source>
        <translation>Дәйексөздер қосымшасын қосу (барлық кодталған жауаптар, тақырып бойынша)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="230"/>
        <source>Theme × attribute tables</source>
        <translation>Тақырып × атрибут кестелері</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="243"/>
        <source>Decided far fewer answers than the others: reported apart unless ticked.</source>
        <translation>Басқаларға қарағанда әлдеқайда аз жауап шешті: белгіленбесе, бөлек көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="248"/>
        <source>Agreement between</source>
        <translation>Келісім кімдер арасында</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="250"/>
        <source>Every theme (parents include sub-themes)</source>
        <translation>Барлық тақырып (ата тақырыптар ішкілерін қамтиды)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="251"/>
        <source>Top-level themes (sub-themes rolled up)</source>
        <translation>Жоғарғы деңгей тақырыптары (ішкілері біріктірілген)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="252"/>
        <source>Most specific themes only</source>
        <translation>Тек ең нақты тақырыптар</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="253"/>
        <source>Agreement on</source>
        <translation>Келісім бойынша</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="256"/>
        <source>Agreement between coders is included when two or more coders coded (1,000 bootstrap draws for the intervals). A coder left unticked is still listed pair by pair.</source>
        <translation>Екі немесе одан көп кодтаушы кодтаса, кодтаушылар арасындағы келісім қосылады (аралықтар үшін 1 000 бутстреп іріктеме). Белгіленбеген кодтаушы жұптар бойынша бәрібір көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="290"/>
        <source>Tick at least two coders to measure agreement.</source>
        <translation>Келісімді өлшеу үшін кемінде екі кодтаушыны белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <location filename="../responses_model.py" line="179"/>
        <source>uncoded</source>
        <translation>кодталмаған</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="180"/>
        <source>coded</source>
        <translation>кодталған</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="181"/>
        <source>no theme</source>
        <translation>тақырып жоқ</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="214"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="215"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="217"/>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="218"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="219"/>
        <source>Other coders</source>
        <translation>Басқа кодтаушылар</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="235"/>
        <source> · the filter shows %1 of %2 answers</source>
        <translation> · сүзгі бойынша көрсетілгені: %1 / %2</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="240"/>
        <source>coded %1 of %2, %3%</source>
        <translation>кодталды: %1 / %2, %3%</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="254"/>
        <source>A yellow note marks an answer with a memo (Ctrl+M writes one, Esc returns)</source>
        <translation>Сары белгі жазбасы бар жауапты көрсетеді (Ctrl+M — жазба жазу, Esc — оралу)</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="294"/>
        <source>Memo: %1</source>
        <translation>Жазба: %1</translation>
    </message>
</context>
<context>
    <name>ReviewChoices</name>
    <message>
        <location filename="../review_choices.py" line="21"/>
        <source>Coders</source>
        <translation>Кодтаушылар</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="33"/>
        <source>Decided far fewer answers than the others: left out of the comparison until ticked.</source>
        <translation>Басқаларға қарағанда әлдеқайда аз жауап шешті: белгіленгенше салыстыруға кірмейді.</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="41"/>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="43"/>
        <source>Every theme (parents include sub-themes)</source>
        <translation>Барлық тақырып (ата тақырыптар ішкілерін қамтиды)</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="44"/>
        <source>Top-level themes (sub-themes rolled up)</source>
        <translation>Жоғарғы деңгей тақырыптары (ішкілері біріктірілген)</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="45"/>
        <source>Most specific themes only</source>
        <translation>Тек ең нақты тақырыптар</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="52"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="54"/>
        <source>All questions</source>
        <translation>Барлық сұрақтар</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../review.py" line="38"/>
        <source>This review shows every coder&apos;s codings, whether or not blind mode is on: it is where coders compare their work. Settled answers form the “consensus” coding.</source>
        <translation>Соқыр режим қосулы болса да, мұнда барлық кодтаушылардың кодтаулары көрсетіледі: кодтаушылар өз жұмысын осында салыстырады. Шешілген жауаптар «консенсус» кодтауын құрайды.</translation>
    </message>
    <message>
        <location filename="../review.py" line="53"/>
        <source>Agreement review</source>
        <translation>Келісімділікті тексеру</translation>
    </message>
    <message>
        <location filename="../review.py" line="86"/>
        <source>Any theme</source>
        <translation>Кез келген тақырып</translation>
    </message>
    <message>
        <location filename="../review.py" line="104"/>
        <source>Agreement per theme</source>
        <translation>Тақырып бойынша келісімділік</translation>
    </message>
    <message>
        <location filename="../review.py" line="109"/>
        <source>Codebook diagnosis…</source>
        <translation>Кодтар кітабының диагностикасы…</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Which themes the coders confuse, with example answers, and agreement over the coding order</source>
        <translation>Кодтаушылар қай тақырыптарды шатастырады, жауап мысалдарымен, және кодтау реті бойынша келісім</translation>
    </message>
    <message>
        <location filename="../review.py" line="119"/>
        <source>Answers the coders disagree on</source>
        <translation>Кодтаушылардың пікірі алшақ жауаптар</translation>
    </message>
    <message>
        <location filename="../review.py" line="121"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../review.py" line="196"/>
        <location filename="../review.py" line="289"/>
        <source>Tick at least two coders to measure agreement.</source>
        <translation>Келісімділікті өлшеу үшін кемінде екі кодтаушыны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../review.py" line="201"/>
        <source>Measuring agreement (%1 bootstrap draws)…</source>
        <translation>Келісімділік өлшенуде (%1 бутстрэп іріктемесі)…</translation>
    </message>
    <message>
        <location filename="../review.py" line="204"/>
        <source>Measuring agreement</source>
        <translation>Келісімділікті өлшеу</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="281"/>
        <source> (%1 answers decided by one coder only are left out)</source>
        <translation> (тек бір кодтаушы шешкен %1 жауап есепке алынбады)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="292"/>
        <source>%1 answers decided by two or more of %2%3; themes: %5; unit: %6. Pairs: %7. α intervals: percentile bootstrap over answers, %4 draws. Hover a dash for why a statistic is undefined.</source>
        <translation>%2%3 ішінен екі немесе одан көп кодтаушы шешкен жауаптар: %1; тақырыптар: %5; бірлік: %6. Жұптар: %7. α аралықтары: жауаптар бойынша процентильдік бутстреп, %4 іріктеме. Статистиканың неге анықталмағанын білу үшін сызықшаға меңзерді апарыңыз.</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="306"/>
        <source>Not ticked, far fewer answers: %1.</source>
        <translation>Белгіленбеген, жауаптары әлдеқайда аз: %1.</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>%1 of %2 disagreements settled</source>
        <translation>Шешілген алшақтықтар: %1 / %2</translation>
    </message>
    <message>
        <location filename="../review.py" line="293"/>
        <source>Codebook diagnosis</source>
        <translation>Кодтар кітабының диагностикасы</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>SelectedAnswer</name>
    <message>
        <location filename="../review_answer.py" line="28"/>
        <source>Keys: 1…n adopt that coder · U union · J / K next / previous</source>
        <translation>Пернелер: 1…n — кодтаушы нұсқасы · U — біріктіру · J / K — келесі / алдыңғы</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="33"/>
        <source>Selected answer</source>
        <translation>Таңдалған жауап</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="47"/>
        <source>Adopt %1</source>
        <translation>%1 нұсқасын алу</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="49"/>
        <source>Union  (U)</source>
        <translation>Біріктіру  (U)</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="50"/>
        <source>Custom…</source>
        <translation>Қолмен…</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="56"/>
        <source>No disagreements to show.</source>
        <translation>Көрсетілетін алшақтықтар жоқ.</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="66"/>
        <source>Respondent %1</source>
        <translation>Респондент %1</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="71"/>
        <source>consensus</source>
        <translation>консенсус</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="71"/>
        <source>not settled yet</source>
        <translation>әлі шешілмеген</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="21"/>
        <source>Toggle that theme (keys shown in the theme panel; set them in the Codebook tab)</source>
        <translation>Осы тақырыпты қосу не алу (пернелер тақырыптар панелінде, «Кодтар кітабы» қойындысында орнатылады)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="27"/>
        <source>select words + key</source>
        <translation>сөздерді белгілеу + перне</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="28"/>
        <source>Code the selected words of the answer (a span) with that theme</source>
        <translation>Жауаптың белгіленген сөздерін (үзіндіні) осы тақырыппен кодтау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="32"/>
        <source>No theme applies to the current answer</source>
        <translation>Ағымдағы жауапқа ешбір тақырып сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <source>Accept the top suggestion; when it is applied, go to the next answer</source>
        <translation>Бірінші ұсынысты қабылдау; қолданылған болса — келесі жауапқа өту</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="41"/>
        <source>Accept the first / second / third suggestion</source>
        <translation>Бірінші / екінші / үшінші ұсынысты қабылдау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="43"/>
        <source>Next answer</source>
        <translation>Келесі жауап</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="44"/>
        <source>Previous answer</source>
        <translation>Алдыңғы жауап</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="45"/>
        <source>Next uncoded answer</source>
        <translation>Келесі кодталмаған жауап</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="46"/>
        <source>Pick a theme by typing its name</source>
        <translation>Тақырыпты атын теру арқылы таңдау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Search the answers</source>
        <translation>Жауаптардан іздеу</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="48"/>
        <source>Back to the answer list</source>
        <translation>Жауаптар тізіміне оралу</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51"/>
        <source>Write a memo on the current answer (answers with one carry a yellow note mark)</source>
        <translation>Ағымдағы жауапқа жазба жазу (жазбасы бар жауаптар сары белгімен белгіленеді)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="56"/>
        <source>Undo (the Edit menu names the action)</source>
        <translation>Болдырмау («Түзету» мәзірі әрекетті атайды)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="57"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="58"/>
        <source>History: who did what, when; undo your own last steps</source>
        <translation>Тарих: кім, не, қашан істеді; өз соңғы қадамдарыңызды болдырмау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="61"/>
        <source>Save the theme being edited (leaving a field saves too)</source>
        <translation>Өңделіп жатқан тақырыпты сақтау (өрістен шығу да сақтайды)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="63"/>
        <source>Import a survey</source>
        <translation>Сауалнаманы импорттау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="64"/>
        <source>Open  /  create a project</source>
        <translation>Жобаны ашу  /  құру</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="67"/>
        <source>Agreement review: compare coders and settle disagreements</source>
        <translation>Келісімді қарау: кодтаушыларды салыстыру және келіспеушіліктерді шешу</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71"/>
        <source>Adopt that coder&apos;s themes  /  the union of all coders&apos; themes</source>
        <translation>Осы кодтаушының тақырыптарын алу  /  барлық кодтаушылар тақырыптарының бірігуі</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="73"/>
        <source>Next  /  previous disagreement</source>
        <translation>Келесі  /  алдыңғы келіспеушілік</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="74"/>
        <source>Export the PDF report</source>
        <translation>PDF есебін экспорттау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="77"/>
        <source>Accept  /  reject the selected suggestions  /  accept all shown</source>
        <translation>Таңдалған ұсыныстарды қабылдау  /  қабылдамау  /  көрсетілгеннің бәрін қабылдау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="83"/>
        <source>Code the whole group with a theme  /  as no theme applies</source>
        <translation>Бүкіл топты тақырыппен  /  «тақырып жоқ» деп кодтау</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="85"/>
        <source>This list</source>
        <translation>Осы тізім</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="133"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="41"/>
        <source>Code open-ended survey answers into themes, compare coders, report.</source>
        <translation>Сауалнамалардың ашық сұрақтарына берілген жауаптарды тақырыптар бойынша кодтаңыз, кодтаушыларды салыстырыңыз, есеп жасаңыз.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="48"/>
        <source>New project…</source>
        <translation>Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="49"/>
        <source>Open project…</source>
        <translation>Жобаны ашу…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="50"/>
        <source>Open the demo survey</source>
        <translation>Демо сауалнаманы ашу</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="62"/>
        <source>Recent projects</source>
        <translation>Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="70"/>
        <source>Projects you open appear here.</source>
        <translation>Сіз ашқан жобалар осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>SuggestionFilters</name>
    <message>
        <location filename="../suggestion_filters.py" line="66"/>
        <source>All themes</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <location filename="../suggestion_filters.py" line="46"/>
        <source>Find suggestions</source>
        <translation>Ұсыныстарды табу</translation>
    </message>
    <message>
        <location filename="../suggestion_filters.py" line="52"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../suggestion_filters.py" line="55"/>
        <source>Minimum score</source>
        <translation>Ең төменгі балл</translation>
    </message>
</context>
<context>
    <name>SuggestionReviewDialog</name>
    <message>
        <location filename="../suggestion_review.py" line="51"/>
        <source>Suggestion review</source>
        <translation>Ұсыныстарды тексеру</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="79"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="71"/>
        <source>Accept  (A)</source>
        <translation>Қабылдау  (A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="72"/>
        <source>Reject  (R)</source>
        <translation>Қабылдамау  (R)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="73"/>
        <source>Accept all shown  (Shift+A)</source>
        <translation>Көрсетілгендердің барлығын қабылдау  (Shift+A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="77"/>
        <source>Accept all</source>
        <translation>Барлығын қабылдау</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="159"/>
        <source>No suggestion reviewed yet.</source>
        <translation>Әзірге бірде-бір ұсыныс тексерілмеген.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="163"/>
        <source>%1 accepted, %2 rejected, acceptance rate %3; %4 of %5 codings came from accepted suggestions</source>
        <translation>Қабылданды: %1, қабылданбады: %2, қабылдану үлесі: %3; қабылданған ұсыныстардан алынған кодтаулар: %4 / %5</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="182"/>
        <source>Finding suggestions…</source>
        <translation>Ұсыныстар ізделуде…</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="186"/>
        <source>Finding suggestions</source>
        <translation>Ұсыныстарды іздеу</translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="205"/>
        <source>%n new suggestion(s) found.</source>
        <translation>
            <numerusform>%n жаңа ұсыныс табылды.</numerusform>
            <numerusform>%n жаңа ұсыныс табылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="299"/>
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>%n ұсыныс қабылданды.</numerusform>
            <numerusform>%n ұсыныс қабылданды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="301"/>
        <source>Rejected %n suggestion(s).</source>
        <translation>
            <numerusform>%n ұсыныс қабылданбады.</numerusform>
            <numerusform>%n ұсыныс қабылданбады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="309"/>
        <source>%n suggestion(s) waiting for review</source>
        <translation>
            <numerusform>%n ұсыныс тексеруді күтуде</numerusform>
            <numerusform>%n ұсыныс тексеруді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="207"/>
        <source>No new suggestion at or above this score.</source>
        <translation>Балы осыдан кем емес жаңа ұсыныс жоқ.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="213"/>
        <source>Search cancelled.</source>
        <translation>Іздеу тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="235"/>
        <source>Accept all %n suggestion(s) shown? Each answer gets its suggested theme.</source>
        <translation>
            <numerusform>Көрсетілген %n ұсынысты қабылдау керек пе? Әр жауапқа ұсынылған тақырып беріледі.</numerusform>
            <numerusform>Көрсетілген барлық %n ұсынысты қабылдау керек пе? Әр жауапқа ұсынылған тақырып беріледі.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="248"/>
        <source>Accepting suggestions…</source>
        <translation>Ұсыныстар қабылдануда…</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="254"/>
        <source>Accepting suggestions</source>
        <translation>Ұсыныстарды қабылдау</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="271"/>
        <source>Cancelled: no suggestion was accepted.</source>
        <translation>Болдырылмады: бірде-бір ұсыныс қабылданған жоқ.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="311"/>
        <source>No suggestion waiting: choose a minimum score and press Find suggestions.</source>
        <translation>Тексеруді күтіп тұрған ұсыныс жоқ: ең төменгі балды таңдап, «Ұсыныстарды табу» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../suggestions.py" line="152"/>
        <source>Suggestions  (Enter or Alt+1 accepts the first, Alt+2, Alt+3 the next)</source>
        <translation>Ұсыныстар  (Enter не Alt+1 — біріншісі, Alt+2, Alt+3 — келесілері)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="173"/>
        <source>Suggestions are not available in this installation.</source>
        <translation>Бұл орнатуда ұсыныстар қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="194"/>
        <source>No suggestion for this answer yet.</source>
        <translation>Бұл жауапқа әзірге ұсыныс жоқ.</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="200"/>
        <source>”, “</source>
        <translation>», «</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="202"/>
        <source>Keyword “%1” matches “%2” (%3)</source>
        <translation>«%1» кілт сөзі «%2» сөзіне сәйкес келеді (%3)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="206"/>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="209"/>
        <source>Like coded answers: %1</source>
        <translation>Кодталған жауаптарға ұқсас: %1</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="209"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestions.py" line="211"/>
        <source>Given to %1 of %n coded answer(s) (%2%)</source>
        <translation>
            <numerusform>Кодталған %n жауаптың %1 жауабына берілген (%2%)</numerusform>
            <numerusform>Кодталған %n жауаптың %1 жауабына берілген (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../tasks.py" line="137"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <location filename="../theme_panel.py" line="44"/>
        <source>Include: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="46"/>
        <source>Exclude: %1</source>
        <translation>Алып тастау: %1</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="106"/>
        <source>Type a theme name, Enter to toggle  (Ctrl+T)</source>
        <translation>Тақырып атауын теріңіз, Enter — қосу/алып тастау  (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="113"/>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="142"/>
        <source>No theme applies</source>
        <translation>Ешбір тақырып сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>ThemeTree</name>
    <message>
        <location filename="../codebook_editor.py" line="60"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="60"/>
        <source>Coded</source>
        <translation>Кодталған</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="103"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="110"/>
        <source>Coding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="122"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="138"/>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="159"/>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="188"/>
        <source>open the folder</source>
        <translation>қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="190"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="190"/>
        <source>Written, but no viewer opened it: %1</source>
        <translation>Жазылды, бірақ оны ешбір қарау бағдарламасы ашпады: %1</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="195"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="200"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../merge_dialog.py" line="21"/>
        <source>Merge a coder&apos;s project</source>
        <translation>Кодтаушы жобасын біріктіру</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="354"/>
        <source>Writing the codebook PDF</source>
        <translation>Кодтар кітабы PDF-ке жазылуда</translation>
    </message>
    <message>
        <location filename="../passwords.py" line="98"/>
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
</context>
</TS>
