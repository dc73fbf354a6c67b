<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="29"/>
        <source>About Thematic</source>
        <translation>О программе Thematic</translation>
    </message>
    <message>
        <location filename="../about.py" line="35"/>
        <source>Qualitative thematic coding of open-ended survey answers.</source>
        <translation>Качественное тематическое кодирование открытых ответов на вопросы анкет.</translation>
    </message>
    <message>
        <location filename="../about.py" line="37"/>
        <source>Free software under the MIT License.</source>
        <translation>Свободное программное обеспечение под лицензией MIT.</translation>
    </message>
    <message>
        <location filename="../about.py" line="47"/>
        <source>Third-party software in this build:</source>
        <translation>Сторонние программы в этой сборке:</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../review_models.py" line="66"/>
        <source>One category per answer (single-choice)</source>
        <translation>Одна категория на ответ (единственный выбор)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="68"/>
        <source>All themes (pooled)</source>
        <translation>Все темы (сводно)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="69"/>
        <source>Theme sets (MASI-weighted α)</source>
        <translation>Наборы тем (α по MASI)</translation>
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
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="82"/>
        <source>% agreement</source>
        <translation>% согласия</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="84"/>
        <source>α  [95% CI]</source>
        <translation>α  [95% ДИ]</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="85"/>
        <source>Interpretation</source>
        <translation>Интерпретация</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="86"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="163"/>
        <source>prevalence</source>
        <translation>распространённость</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="169"/>
        <source>not defined for these codings</source>
        <translation>не определено для этих кодирований</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="173"/>
        <source>each answer is one category (a theme, or no theme); answers two or more coders decided; %1</source>
        <translation>каждый ответ — одна категория (тема или отсутствие темы); ответы, решённые двумя или более кодировщиками; %1</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="177"/>
        <source>answers two or more compared coders decided; pooled over %1 answer × theme pairs</source>
        <translation>ответы, решённые двумя или более сравниваемыми кодировщиками; в совокупности по парам «ответ × тема»: %1</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="180"/>
        <source>answers two or more compared coders decided</source>
        <translation>ответы, решённые двумя или более сравниваемыми кодировщиками</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="189"/>
        <source>Krippendorff&apos;s α over whole theme sets, with the MASI distance (partial credit for overlap)</source>
        <translation>α Криппендорфа по целым наборам тем с расстоянием MASI (частичное совпадение засчитывается частично)</translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <location filename="../agreement_words.py" line="16"/>
        <source>reliable</source>
        <translation>надёжно</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="17"/>
        <source>tentative</source>
        <translation>условно надёжно</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="18"/>
        <source>unreliable</source>
        <translation>ненадёжно</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="19"/>
        <source>poor</source>
        <translation>плохое</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="20"/>
        <source>slight</source>
        <translation>незначительное</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="21"/>
        <source>fair</source>
        <translation>удовлетворительное</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="22"/>
        <source>moderate</source>
        <translation>умеренное</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="23"/>
        <source>substantial</source>
        <translation>существенное</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="24"/>
        <source>almost perfect</source>
        <translation>почти полное</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="25"/>
        <source>too few to judge</source>
        <translation>мало данных</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="28"/>
        <source>top-level themes, each including its sub-themes</source>
        <translation>темы верхнего уровня, каждая вместе со своими подтемами</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="29"/>
        <source>the most specific themes (themes without sub-themes); codings on parent themes left out</source>
        <translation>самые частные темы (темы без подтем); кодирования родительских тем не учитываются</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="33"/>
        <source>every theme, each parent including its sub-themes</source>
        <translation>все темы, каждая родительская — вместе со своими подтемами</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="36"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="37"/>
        <source>answer × theme</source>
        <translation>ответ × тема</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="40"/>
        <source>fewer than two categories</source>
        <translation>меньше двух категорий</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="41"/>
        <source>fewer than two coders</source>
        <translation>меньше двух кодировщиков</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="42"/>
        <source>no values were coded</source>
        <translation>не закодировано ни одного значения</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="43"/>
        <source>no unit was coded by two or more coders</source>
        <translation>ни одна единица не закодирована двумя или более кодировщиками</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="46"/>
        <source>no unit was coded by both coders</source>
        <translation>ни одна единица не закодирована обоими кодировщиками</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="49"/>
        <source>expected agreement is 1: every value falls in the same category</source>
        <translation>ожидаемое согласие равно 1: все значения попадают в одну категорию</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="52"/>
        <source>expected agreement is 1: both coders used one and the same category only</source>
        <translation>ожидаемое согласие равно 1: оба кодировщика использовали только одну и ту же категорию</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="55"/>
        <source>no pairable values: no unit was coded by two or more coders</source>
        <translation>нет значений для пар: ни одна единица не закодирована двумя или более кодировщиками</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="58"/>
        <source>no variation: every pairable value is the same, so expected disagreement is 0</source>
        <translation>нет вариации: все значения в парах одинаковы, поэтому ожидаемое рассогласование равно 0</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="63"/>
        <source>percent agreement</source>
        <translation>процент согласия</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="64"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ Коэна</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="65"/>
        <source>Scott&apos;s π</source>
        <translation>π Скотта</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="66"/>
        <source>Fleiss&apos; κ</source>
        <translation>κ Флейса</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="67"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α Криппендорфа</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="105"/>
        <source>percent agreement is %1 but %2: when a category is rare (or nearly universal) chance agreement is high, so raw agreement overstates reliability (prevalence paradox); report the chance-corrected value together with the prevalence.</source>
        <translation>процент согласия равен %1, но %2: когда категория редка (или почти всеобща), случайное согласие велико, и простой процент согласия завышает надёжность (парадокс распространённости); приводите значение с поправкой на случайность вместе с распространённостью.</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="120"/>
        <source>shown apart: only their pairs include them</source>
        <translation>показан отдельно: учитывается только в своих парах</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="122"/>
        <source>included as chosen</source>
        <translation>включён по выбору</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="125"/>
        <source>coder %1 decided %2 answers, far fewer than %3 (%4); %5</source>
        <translation>кодировщик %1 решил ответов: %2 — гораздо меньше, чем %3 (%4); %5</translation>
    </message>
    <message>
        <location filename="../agreement_words.py" line="135"/>
        <source>%1 decisions carry several themes although the coding is single-choice; each such set is a category of its own</source>
        <translation>решений с несколькими темами, хотя кодирование с единственным выбором: %1; каждый такой набор — отдельная категория</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../answer_view.py" line="57"/>
        <source>(empty answer)</source>
        <translation>(пустой ответ)</translation>
    </message>
</context>
<context>
    <name>CodebookChoiceDialog</name>
    <message>
        <location filename="../codebook_files.py" line="42"/>
        <source>Starting codebook</source>
        <translation>Исходная кодовая книга</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="43"/>
        <source>An empty codebook (add themes as you read)</source>
        <translation>Пустая кодовая книга (темы добавляются по ходу чтения)</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="44"/>
        <source>The seed study&apos;s codebook (open government, Astana)</source>
        <translation>Кодовая книга базового исследования (открытое правительство, Астана)</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="45"/>
        <source>A codebook file (YAML or JSON):</source>
        <translation>Файл кодовой книги (YAML или JSON):</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="52"/>
        <source>Path of a .yaml or .json codebook</source>
        <translation>Путь к кодовой книге .yaml или .json</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="53"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="66"/>
        <source>Create project</source>
        <translation>Создать проект</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="67"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="71"/>
        <source>Which codebook should the new project start from?</source>
        <translation>С какой кодовой книги начать новый проект?</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="82"/>
        <source>Choose a codebook</source>
        <translation>Выберите кодовую книгу</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="95"/>
        <source>choose a codebook file first</source>
        <translation>сначала выберите файл кодовой книги</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../codebook_editor.py" line="113"/>
        <source>Add theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="114"/>
        <source>New theme</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="115"/>
        <source>Add sub-theme</source>
        <translation>Добавить подтему</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="116"/>
        <source>New sub-theme</source>
        <translation>Новая подтема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="127"/>
        <source>Drag a theme onto another to make it a sub-theme, or between themes to reorder.</source>
        <translation>Перетащите тему на другую, чтобы сделать её подтемой, или между темами, чтобы изменить порядок.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="143"/>
        <source>One example quote per line</source>
        <translation>По одной цитате-примеру на строку</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="146"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="148"/>
        <source>A letter, digit or F-key, optionally with Ctrl+ or Shift+; empty gives the default key</source>
        <translation>Буква, цифра или F-клавиша, можно с Ctrl+ или Shift+; пусто — клавиша по умолчанию</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="152"/>
        <source>One language per line, e.g.  ru: реклама, объявление</source>
        <translation>По одному языку на строку, например:  ru: реклама, объявление</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="170"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="171"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="172"/>
        <source>Quick key</source>
        <translation>Быстрая клавиша</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="173"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="174"/>
        <source>Include when</source>
        <translation>Включать, если</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="175"/>
        <source>Exclude when</source>
        <translation>Исключать, если</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="176"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="177"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="182"/>
        <location filename="../codebook_editor.py" line="188"/>
        <source>Save theme</source>
        <translation>Сохранить тему</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="184"/>
        <source>Edits are also saved on Enter, Ctrl+S and when you leave a field</source>
        <translation>Правки также сохраняются по Enter, Ctrl+S и при выходе из поля</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="193"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="195"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="213"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="227"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="373"/>
        <source>%1 is not a colour (use #rrggbb)</source>
        <translation>%1 не является цветом (используйте формат #rrggbb)</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="422"/>
        <source>Delete “%1”? %2 codings (all coders) will be removed; sub-themes move up.</source>
        <translation>Удалить “%1”? Будет удалено кодирований (у всех кодировщиков): %2; подтемы поднимутся на уровень выше.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="426"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="440"/>
        <source>Merge “%1” (%2 codings) into:</source>
        <translation>Объединить “%1” (кодирований: %2) с темой:</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="444"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="471"/>
        <source>%1; refreshed</source>
        <translation>%1; данные обновлены</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="480"/>
        <source>Theme colour</source>
        <translation>Цвет темы</translation>
    </message>
</context>
<context>
    <name>CodebookFiles</name>
    <message>
        <location filename="../codebook_files.py" line="120"/>
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="134"/>
        <source>Codebook imported: %1 themes added, %2 updated</source>
        <translation>Кодовая книга импортирована: тем добавлено — %1, обновлено — %2</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="150"/>
        <source>Export codebook</source>
        <translation>Экспорт кодовой книги</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="162"/>
        <source>Codebook written to %1</source>
        <translation>Кодовая книга записана в %1</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="176"/>
        <source>New empty codebook</source>
        <translation>Новая пустая кодовая книга</translation>
    </message>
    <message>
        <location filename="../codebook_files.py" line="177"/>
        <source>Remove all %1 themes and %2 codings (all coders)? Edit ▸ Undo brings them back.</source>
        <translation>Удалить все темы (%1) и все кодировки (%2) всех кодировщиков? Правка ▸ Отменить вернёт их.</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../dialogs.py" line="96"/>
        <source>Who is coding?</source>
        <translation>Кто кодирует?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="104"/>
        <source>Your codings in “%1” are saved under this name. Other coders&apos; codings stay hidden while blind mode is on.</source>
        <translation>Ваши кодирования в “%1” сохраняются под этим именем. Пока включён слепой режим, кодирования других кодировщиков скрыты.</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <location filename="../coding_stripes.py" line="41"/>
        <source>Coding stripes: one colour per theme, beside the words coded with it</source>
        <translation>Полосы кодирования: по цвету на тему, рядом со словами, закодированными этой темой</translation>
    </message>
    <message>
        <location filename="../coding_stripes.py" line="103"/>
        <source>%1: the whole answer</source>
        <translation>%1: весь ответ</translation>
    </message>
</context>
<context>
    <name>CodingWorkspace</name>
    <message>
        <location filename="../workspace_keys.py" line="29"/>
        <source>No theme applies</source>
        <translation>Ни одна тема не подходит</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="30"/>
        <source>Next answer</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="35"/>
        <source>Previous answer</source>
        <translation>Предыдущий ответ</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="41"/>
        <source>Next uncoded answer</source>
        <translation>Следующий незакодированный ответ</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="47"/>
        <source>Accept the top suggestion (move on when it is applied)</source>
        <translation>Принять первую подсказку (если уже применена — перейти дальше)</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="56"/>
        <source>Accept suggestion %1</source>
        <translation>Принять подсказку %1</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="62"/>
        <source>Pick a theme by typing</source>
        <translation>Выбрать тему вводом названия</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="68"/>
        <source>Search answers</source>
        <translation>Поиск по ответам</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="74"/>
        <source>Back to the answers</source>
        <translation>Вернуться к ответам</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="80"/>
        <source>Write a memo on this answer</source>
        <translation>Написать заметку к этому ответу</translation>
    </message>
    <message>
        <location filename="../workspace_keys.py" line="93"/>
        <source>Code as %1</source>
        <translation>Кодировать как «%1»</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="102"/>
        <source>This project has no answers yet: import a survey (File ▸ Import survey).</source>
        <translation>В проекте пока нет ответов: импортируйте опрос (Файл ▸ Импорт опроса).</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="235"/>
        <source>No answer matches the filter.</source>
        <translation>Нет ответов, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="351"/>
        <source>Respondent %1 · answer %2 of %3</source>
        <translation>Респондент %1 · ответ %2 из %3</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../live_updates.py" line="57"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../live_updates.py" line="69"/>
        <source>No connection to the database server (%1). Everything the window showed as saved is safe; key presses are paused until the server answers. Trying again in %2 s.</source>
        <translation>Нет связи с сервером базы данных (%1). Всё, что окно показывало как сохранённое, в безопасности; нажатия клавиш приостановлены, пока сервер не ответит. Повторная попытка через %2 с.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../crash_log.py" line="98"/>
        <source>Something went wrong inside Thematic: %1. What you saved is kept and the project stays open. The details are in %2; please send that file with a note of what you did.</source>
        <translation>В Thematic произошла ошибка: %1. Сохранённое не потеряно, проект остаётся открытым. Подробности — в %2; пожалуйста, пришлите этот файл и опишите, что вы делали.</translation>
    </message>
</context>
<context>
    <name>CustomThemesDialog</name>
    <message>
        <location filename="../review_widgets.py" line="24"/>
        <source>Consensus themes</source>
        <translation>Темы консенсуса</translation>
    </message>
    <message>
        <location filename="../review_widgets.py" line="32"/>
        <source>Tick the themes of the consensus; none ticked means no theme applies.</source>
        <translation>Отметьте темы консенсуса; если ничего не отмечено, ни одна тема не подходит.</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="310"/>
        <source>Wide: one row per answer, one 0/1 column per theme</source>
        <translation>Широкий: одна строка на ответ, по одному столбцу 0/1 на тему</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="311"/>
        <source>Long: one row per coding</source>
        <translation>Длинный: одна строка на кодирование</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="322"/>
        <source>Layout</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="332"/>
        <source>An Excel workbook holds both layouts as sheets.</source>
        <translation>Книга Excel содержит оба формата на отдельных листах.</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../diagnosis_dialog.py" line="28"/>
        <source>Codebook diagnosis</source>
        <translation>Диагностика кодовой книги</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="84"/>
        <source>(nothing instead)</source>
        <translation>(ничего взамен)</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="90"/>
        <source>Coders: %1 · level of themes: %2</source>
        <translation>Кодировщики: %1 · уровень тем: %2</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="93"/>
        <source>Most frequent confusions</source>
        <translation>Самые частые расхождения</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="95"/>
        <source>Answers on which one coder gave the first theme and another coder gave the second instead.</source>
        <translation>Ответы, которым один кодировщик дал первую тему, а другой вместо неё — вторую.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="97"/>
        <source>Theme given</source>
        <translation>Данная тема</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="98"/>
        <source>Other coder gave instead</source>
        <translation>Другой кодировщик дал вместо неё</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="99"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="100"/>
        <source>The coders gave the same themes on every answer.</source>
        <translation>Кодировщики дали одинаковые темы каждому ответу.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="101"/>
        <source>Themes with low agreement (α below .667)</source>
        <translation>Темы с низкой согласованностью (α ниже 0,667)</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="102"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="103"/>
        <source>Agreement over the coding order</source>
        <translation>Согласованность по ходу кодирования</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="104"/>
        <source>Blocks of %1 answers in the order of the coding loop.</source>
        <translation>Блоки по %1 ответов в порядке кодирования.</translation>
    </message>
    <message>
        <location filename="../diagnosis_dialog.py" line="107"/>
        <source>Identical sets</source>
        <translation>Одинаковые наборы</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <location filename="../review_models.py" line="222"/>
        <source>(no theme applies)</source>
        <translation>(ни одна тема не подходит)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="247"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="247"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="247"/>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="264"/>
        <source>not settled</source>
        <translation>не разрешено</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../error_banner.py" line="27"/>
        <source>Dismiss this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message numerus="yes">
        <location filename="../error_banner.py" line="40"/>
        <source> (%n messages)</source>
        <translation>
            <numerusform> (сообщений: %n)</numerusform>
            <numerusform> (сообщений: %n)</numerusform>
            <numerusform> (сообщений: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../file_dialogs.py" line="36"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="39"/>
        <source>%1 file</source>
        <translation>Файл %1</translation>
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
        <translation>Все ответы</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="29"/>
        <source>Uncoded</source>
        <translation>Незакодированные</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="30"/>
        <source>Coded</source>
        <translation>Закодированные</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="31"/>
        <source>No theme applies</source>
        <translation>Ни одна тема не подходит</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="56"/>
        <source>Search answers…</source>
        <translation>Поиск по ответам…</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="65"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="69"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="51"/>
        <location filename="../filter_bar.py" line="135"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="52"/>
        <location filename="../filter_bar.py" line="145"/>
        <source>Any respondent</source>
        <translation>Любой респондент</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="155"/>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../groups_dialog.py" line="59"/>
        <source>Near-duplicate answers</source>
        <translation>Почти одинаковые ответы</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="33"/>
        <source>Answers that say the same thing are grouped. Pick a theme (keys 1–9) or “No theme applies” (0), then confirm with Enter (or the same key again) to code a whole group in one step; untick an answer (click its box, or Space) to leave it out.</source>
        <translation>Ответы, говорящие одно и то же, собраны в группы. Выберите тему (клавиши 1–9) или «Ни одна тема не подходит» (0) и подтвердите клавишей Enter (или той же клавишей ещё раз), чтобы закодировать всю группу за один шаг; чтобы не включать ответ, снимите с него отметку (щелчок по флажку или Пробел).</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="86"/>
        <source>Code</source>
        <translation>Закодировать</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="145"/>
        <source>Grouping similar answers…</source>
        <translation>Группировка похожих ответов…</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="150"/>
        <source>Grouping similar answers</source>
        <translation>Группировка похожих ответов</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="163"/>
        <source>Grouping cancelled.</source>
        <translation>Группировка отменена.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="190"/>
        <source>No answers in this question repeat each other closely enough to group.</source>
        <translation>В этом вопросе нет ответов, настолько похожих друг на друга, чтобы их сгруппировать.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="212"/>
        <source>%1 of %2 groups coded</source>
        <translation>Закодировано групп: %1 из %2</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="232"/>
        <source>Tick at least one answer of the group first.</source>
        <translation>Сначала отметьте хотя бы один ответ группы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="241"/>
        <source>Mark %n answer(s) of this group as “no theme applies”?</source>
        <translation>
            <numerusform>Отметить %n ответ этой группы как «ни одна тема не подходит»?</numerusform>
            <numerusform>Отметить %n ответа этой группы как «ни одна тема не подходит»?</numerusform>
            <numerusform>Отметить %n ответов этой группы как «ни одна тема не подходит»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="243"/>
        <source>%n of them lose the themes they have.</source>
        <translation>
            <numerusform>%n из них потеряет свои темы.</numerusform>
            <numerusform>%n из них потеряют свои темы.</numerusform>
            <numerusform>%n из них потеряют свои темы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="246"/>
        <source>Code %n answer(s) of this group as “%1”?</source>
        <translation>
            <numerusform>Закодировать %n ответ этой группы как «%1»?</numerusform>
            <numerusform>Закодировать %n ответа этой группы как «%1»?</numerusform>
            <numerusform>Закодировать %n ответов этой группы как «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="249"/>
        <source>%n of them have it already.</source>
        <translation>
            <numerusform>У %n из них эта тема уже есть.</numerusform>
            <numerusform>У %n из них эта тема уже есть.</numerusform>
            <numerusform>У %n из них эта тема уже есть.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="250"/>
        <source>Enter or the same key again confirms; Esc cancels.</source>
        <translation>Enter или та же клавиша ещё раз — подтвердить; Esc — отменить.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="277"/>
        <location filename="../groups_panel.py" line="48"/>
        <source>no theme applies</source>
        <translation>ни одна тема не подходит</translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="279"/>
        <source> (%n left out)</source>
        <translation>
            <numerusform> (исключён %n ответ)</numerusform>
            <numerusform> (исключено %n ответа)</numerusform>
            <numerusform> (исключено %n ответов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="281"/>
        <source>Coded %n answer(s) as %1.</source>
        <translation>
            <numerusform>%n ответ закодирован: %1.</numerusform>
            <numerusform>%n ответа закодированы: %1.</numerusform>
            <numerusform>%n ответов закодировано: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="45"/>
        <source>mixed</source>
        <translation>по-разному</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../groups_panel.py" line="75"/>
        <source>Answers in this group</source>
        <translation>Ответы в этой группе</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="80"/>
        <source>Code group</source>
        <translation>Закодировать группу</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="81"/>
        <source>No theme applies  (0)</source>
        <translation>Ни одна тема не подходит  (0)</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="83"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="91"/>
        <source>Keys: 1–9 code the group with that theme · 0 no theme applies · Enter confirms, Esc cancels · J / K next / previous group</source>
        <translation>Клавиши: 1–9 — закодировать группу этой темой · 0 — ни одна тема не подходит · Enter — подтвердить, Esc — отменить · J / K — следующая / предыдущая группа</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="101"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="179"/>
        <source>coded: %1</source>
        <translation>закодировано: %1</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="187"/>
        <source>Answers in “%1”  (%2)</source>
        <translation>Ответы группы “%1”  (%2)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_view.py" line="69"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="71"/>
        <source>Filter by coder or action…</source>
        <translation>Фильтр по кодировщику или действию…</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="74"/>
        <source>Only my steps</source>
        <translation>Только мои шаги</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="89"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="110"/>
        <source>Undo my last step: %1</source>
        <translation>Отменить мой последний шаг: %1</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="112"/>
        <source>Nothing of mine to undo</source>
        <translation>Мне нечего отменять</translation>
    </message>
    <message numerus="yes">
        <location filename="../history_view.py" line="127"/>
        <source>%n step(s) shown</source>
        <translation>
            <numerusform>Показан %n шаг</numerusform>
            <numerusform>Показано %n шага</numerusform>
            <numerusform>Показано %n шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../history_view.py" line="42"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="42"/>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="42"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="56"/>
        <source>  (undone)</source>
        <translation>  (отменено)</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <location filename="../import_options.py" line="180"/>
        <source>One row per respondent (wide)</source>
        <translation>Одна строка на респондента (широкий)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="181"/>
        <source>One row per answer (long)</source>
        <translation>Одна строка на ответ (длинный)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="183"/>
        <source>coder of the code columns</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="185"/>
        <source>; | or new line</source>
        <translation>; | ⏎</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="187"/>
        <source>e.g. -&gt; or /</source>
        <translation>-&gt; или /</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="190"/>
        <source>Add unknown codes to the codebook</source>
        <translation>Добавить неизвестные коды в кодовую книгу</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="197"/>
        <source>Layout</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="198"/>
        <source>Codes by</source>
        <translation>Кто кодировал</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="199"/>
        <source>Code separator</source>
        <translation>Разделитель кодов</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="200"/>
        <source>Hierarchy separator</source>
        <translation>Разделитель иерархии</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="219"/>
        <source>Respondent ids repeat: one row per answer.</source>
        <translation>Идентификаторы респондентов повторяются: одна строка на ответ.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../refi_exchange.py" line="62"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="215"/>
        <source>Sheet %1 holds no table of answers; choose the sheet to read above.</source>
        <translation>На листе %1 нет таблицы ответов; выберите лист выше.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="107"/>
        <source>Import survey</source>
        <translation>Импорт опроса</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="116"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="23"/>
        <location filename="../import_options.py" line="32"/>
        <location filename="../import_options.py" line="63"/>
        <source>Detect</source>
        <translation>Автоопределение</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="36"/>
        <source>Respondent id</source>
        <translation>Идентификатор респондента</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="37"/>
        <source>Open question (code it)</source>
        <translation>Открытый вопрос (кодировать)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="38"/>
        <source>Attribute (age, sector…)</source>
        <translation>Атрибут (возраст, сектор…)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="39"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="40"/>
        <source>Codes (by the coder named above)</source>
        <translation>Коды (кодировщика, указанного выше)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="41"/>
        <source>Question name (long layout)</source>
        <translation>Название вопроса (длинный формат)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="113"/>
        <source>Type a path and press Enter, or choose a CSV, Excel or SPSS file</source>
        <translation>Введите путь и нажмите Enter или выберите файл CSV, Excel или SPSS</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>Use as</source>
        <translation>Использовать как</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="144"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="146"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="181"/>
        <source>Surveys (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav *.por);;All files (*)</source>
        <translation>Опросы (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav *.por);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="25"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="26"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="27"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="33"/>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="34"/>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
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
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="72"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="73"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="74"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="75"/>
        <source>Header rows</source>
        <translation>Строки заголовка</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="142"/>
        <source>header rows %1</source>
        <translation>строк заголовка: %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="146"/>
        <source>Read as an SPSS data file, encoding %1</source>
        <translation>Прочитано как файл данных SPSS, кодировка %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="151"/>
        <source>sheet %1</source>
        <translation>лист %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="159"/>
        <source>encoding %1</source>
        <translation>кодировка %1</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="160"/>
        <source>delimiter %1</source>
        <translation>разделитель %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="165"/>
        <source>Preview (first rows as decoded)</source>
        <translation>Предпросмотр (первые строки после декодирования)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="167"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="179"/>
        <source>Choose a survey file</source>
        <translation>Выберите файл опроса</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="163"/>
        <source>Read with </source>
        <translation>Прочитано с параметрами: </translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="308"/>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="332"/>
        <source>Imported %1 answers from %2 respondents (%3 blank).</source>
        <translation>Импортировано ответов: %1, респондентов: %2 (пустых: %3).</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="343"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../live_updates.py" line="206"/>
        <source>Connected to the database server again</source>
        <translation>Связь с сервером базы данных восстановлена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="67"/>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <location filename="../window.py" line="68"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../window.py" line="105"/>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <location filename="../window.py" line="107"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../window.py" line="110"/>
        <source>&amp;Import survey…</source>
        <translation>&amp;Импорт опроса…</translation>
    </message>
    <message>
        <location filename="../window.py" line="113"/>
        <source>&amp;Merge coder&apos;s project…</source>
        <translation>О&amp;бъединить с проектом кодировщика…</translation>
    </message>
    <message>
        <location filename="../window.py" line="117"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Последние проекты</translation>
    </message>
    <message>
        <location filename="../window.py" line="119"/>
        <source>Open the &amp;demo survey</source>
        <translation>Открыть д&amp;емонстрационный опрос</translation>
    </message>
    <message>
        <location filename="../window.py" line="122"/>
        <source>Export &amp;report…</source>
        <translation>Экспорт о&amp;тчёта…</translation>
    </message>
    <message>
        <location filename="../window.py" line="124"/>
        <source>Export coded &amp;data…</source>
        <translation>Экспорт закодированных &amp;данных…</translation>
    </message>
    <message>
        <location filename="../window.py" line="126"/>
        <source>Export code&amp;book PDF…</source>
        <translation>Экспорт &amp;кодовой книги в PDF…</translation>
    </message>
    <message>
        <location filename="../window.py" line="129"/>
        <source>Save a cop&amp;y…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../window.py" line="130"/>
        <source>Switch &amp;coder…</source>
        <translation>Сме&amp;нить кодировщика…</translation>
    </message>
    <message>
        <location filename="../window.py" line="131"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../window.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../window.py" line="134"/>
        <location filename="../window.py" line="497"/>
        <location filename="../window.py" line="526"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../window.py" line="135"/>
        <location filename="../window.py" line="527"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../window.py" line="137"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Кодовая книга</translation>
    </message>
    <message>
        <location filename="../window.py" line="140"/>
        <source>&amp;New empty codebook…</source>
        <translation>&amp;Новая пустая кодовая книга…</translation>
    </message>
    <message>
        <location filename="../window.py" line="144"/>
        <source>&amp;Import codebook (YAML, JSON)…</source>
        <translation>&amp;Импорт кодовой книги (YAML, JSON)…</translation>
    </message>
    <message>
        <location filename="../window.py" line="149"/>
        <source>&amp;Export codebook (YAML, JSON)…</source>
        <translation>&amp;Экспорт кодовой книги (YAML, JSON)…</translation>
    </message>
    <message>
        <location filename="../window.py" line="153"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../window.py" line="156"/>
        <source>&amp;Blind coding (hide other coders)</source>
        <translation>&amp;Слепое кодирование (скрыть других кодировщиков)</translation>
    </message>
    <message>
        <location filename="../window.py" line="160"/>
        <source>&amp;Move to the next answer after coding</source>
        <translation>&amp;Переходить к следующему ответу после кодирования</translation>
    </message>
    <message>
        <location filename="../window.py" line="163"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <location filename="../window.py" line="165"/>
        <source>&amp;Agreement review…</source>
        <translation>&amp;Проверка согласованности…</translation>
    </message>
    <message>
        <location filename="../window.py" line="169"/>
        <source>&amp;Suggestion review…</source>
        <translation>Проверка под&amp;сказок…</translation>
    </message>
    <message>
        <location filename="../window.py" line="174"/>
        <source>Near-&amp;duplicate answers…</source>
        <translation>Почти о&amp;динаковые ответы…</translation>
    </message>
    <message>
        <location filename="../window.py" line="180"/>
        <source>Embed answers by &amp;meaning</source>
        <translation>Вычислить смысловые &amp;векторы ответов</translation>
    </message>
    <message>
        <location filename="../window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../window.py" line="190"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../window.py" line="191"/>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <location filename="../window.py" line="192"/>
        <source>&amp;About Thematic</source>
        <translation>&amp;О программе Thematic</translation>
    </message>
    <message>
        <location filename="../window.py" line="259"/>
        <source>This project is in %1. Never open it on two machines at once through such a folder: the copies overwrite each other&apos;s work. To code on another machine, use File ▸ Save a copy…, send the copy, and bring the work back with File ▸ Merge coder&apos;s project….</source>
        <translation>Этот проект находится в %1. Никогда не открывайте его через такую папку на двух компьютерах одновременно: копии затирают работу друг друга. Чтобы кодировать на другом компьютере, выберите Файл ▸ Сохранить копию…, отправьте копию и верните работу через Файл ▸ Объединить проект кодировщика….</translation>
    </message>
    <message>
        <location filename="../window.py" line="277"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../window.py" line="289"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../window.py" line="308"/>
        <source>Building the demo survey</source>
        <translation>Создание демонстрационного опроса</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>A PostgreSQL project is copied with pg_dump, not from the window.</source>
        <translation>Проект PostgreSQL копируется через pg_dump, а не из окна программы.</translation>
    </message>
    <message>
        <location filename="../window.py" line="350"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../window.py" line="356"/>
        <source>A copy needs a name of its own, not the open project&apos;s.</source>
        <translation>Копии нужно собственное имя, отличное от имени открытого проекта.</translation>
    </message>
    <message>
        <location filename="../window.py" line="362"/>
        <source>Saving a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <location filename="../window.py" line="365"/>
        <source>Saved a copy as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="383"/>
        <source>Open or create a project first, then import a survey into it.</source>
        <translation>Сначала откройте или создайте проект, затем импортируйте в него опрос.</translation>
    </message>
    <message>
        <location filename="../window.py" line="402"/>
        <source>Merging %1</source>
        <translation>Объединение: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="454"/>
        <source>Export codebook PDF</source>
        <translation>Экспорт кодовой книги в PDF</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Undoing %1</source>
        <translation>Отмена: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Redoing %1</source>
        <translation>Повтор: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="526"/>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="527"/>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="575"/>
        <source>Coder: %1</source>
        <translation>Кодировщик: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="577"/>
        <source>  ·  blind</source>
        <translation>  ·  слепой режим</translation>
    </message>
    <message>
        <location filename="../window.py" line="582"/>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../window.py" line="582"/>
        <source>coder</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <location filename="../window.py" line="582"/>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
</context>
<context>
    <name>MeaningController</name>
    <message>
        <location filename="../meaning.py" line="50"/>
        <source>Meaning: starting</source>
        <translation>Смысловые векторы: запуск</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="55"/>
        <location filename="../meaning.py" line="96"/>
        <source>Embedding answers by meaning</source>
        <translation>Вычисление смысловых векторов ответов</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="81"/>
        <source>Suggestions also compare answers by meaning, across languages (model %1).</source>
        <translation>Подсказки также сравнивают ответы по смыслу, в том числе на разных языках (модель %1).</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="108"/>
        <location filename="../meaning.py" line="127"/>
        <source>Meaning: paused (Analysis ▸ Embed answers by meaning goes on)</source>
        <translation>Смысловые векторы: пауза (продолжить — Анализ ▸ Вычислить смысловые векторы ответов)</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="129"/>
        <source>Meaning: stopped (%1)</source>
        <translation>Смысловые векторы: остановлено (%1)</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="135"/>
        <source>Reading the answers&apos; meaning</source>
        <translation>Загрузка смысловых векторов ответов</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="143"/>
        <source>Meaning: on, %1 answers</source>
        <translation>Смысловые векторы: готовы, ответов: %1</translation>
    </message>
    <message>
        <location filename="../meaning.py" line="146"/>
        <source>Meaning: %1 of %2</source>
        <translation>Смысловые векторы: %1 из %2</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../memo_panel.py" line="28"/>
        <source>Memo  (Ctrl+M)</source>
        <translation>Заметка  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="32"/>
        <source>Answers with a memo carry this mark in the list</source>
        <translation>Ответы с заметкой отмечены в списке этим значком</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="69"/>
        <source>You are a reader here: you see the coders&apos; notes below and write none</source>
        <translation>Здесь вы читатель: заметки кодировщиков видны ниже, свои писать нельзя</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="71"/>
        <source>Your note on this answer (saved as you type; Esc returns to the list)</source>
        <translation>Ваша заметка к этому ответу (сохраняется по мере ввода; Esc — возврат к списку)</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Merged %1</source>
        <translation>Объединено: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../tasks.py" line="178"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message numerus="yes">
        <location filename="../review_queue.py" line="143"/>
        <source>%n suggestion(s) selected: A accepts them all, R rejects them all.</source>
        <translation>
            <numerusform>Выбрана %n подсказка: A принимает, R отклоняет.</numerusform>
            <numerusform>Выбраны %n подсказки: A принимает их все, R отклоняет все.</numerusform>
            <numerusform>Выбрано %n подсказок: A принимает их все, R отклоняет все.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="148"/>
        <source>Why: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="148"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
</context>
<context>
    <name>RefiExchange</name>
    <message>
        <location filename="../refi_exchange.py" line="93"/>
        <source>Import REFI-QDA project (.qdpx)…</source>
        <translation>Импорт проекта REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="96"/>
        <source>Add codes and codings from REFI-QDA (.qdpx)…</source>
        <translation>Добавить коды и кодирование из REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="99"/>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>Экспорт проекта REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="105"/>
        <source>Code&amp;book</source>
        <translation>&amp;Кодовая книга</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="107"/>
        <source>Import REFI-QDA codebook (.qdc)…</source>
        <translation>Импорт кодовой книги REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="110"/>
        <source>Export REFI-QDA codebook (.qdc)…</source>
        <translation>Экспорт кодовой книги REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="155"/>
        <source>Import a REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="159"/>
        <source>New project from %1</source>
        <translation>Новый проект из %1</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="174"/>
        <location filename="../refi_exchange.py" line="186"/>
        <location filename="../refi_exchange.py" line="198"/>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="182"/>
        <source>Add codes and codings from a REFI-QDA project</source>
        <translation>Добавить коды и кодирование из проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="194"/>
        <source>Import a REFI-QDA codebook</source>
        <translation>Импорт кодовой книги REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="208"/>
        <source>Export REFI-QDA project</source>
        <translation>Экспорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="217"/>
        <source>Export REFI-QDA codebook</source>
        <translation>Экспорт кодовой книги REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="230"/>
        <source>Writing %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="233"/>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="228"/>
        <source>Include the quotes appendix (every coded answer, by theme)</source>
        <translation>Включить приложение с цитатами (все закодированные ответы по темам)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="230"/>
        <source>Theme × attribute tables</source>
        <translation>Таблицы «тема × атрибут»</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="243"/>
        <source>Decided far fewer answers than the others: reported apart unless ticked.</source>
        <translation>Решил гораздо меньше ответов, чем другие: показывается отдельно, если не отмечен.</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="248"/>
        <source>Agreement between</source>
        <translation>Согласованность между</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="250"/>
        <source>Every theme (parents include sub-themes)</source>
        <translation>Все темы (родительские включают подтемы)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="251"/>
        <source>Top-level themes (sub-themes rolled up)</source>
        <translation>Темы верхнего уровня (подтемы свёрнуты)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="252"/>
        <source>Most specific themes only</source>
        <translation>Только самые частные темы</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="253"/>
        <source>Agreement on</source>
        <translation>Согласованность по</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="256"/>
        <source>Agreement between coders is included when two or more coders coded (1,000 bootstrap draws for the intervals). A coder left unticked is still listed pair by pair.</source>
        <translation>Согласованность кодировщиков включается, если кодировали двое или больше (1 000 бутстреп-выборок для интервалов). Неотмеченный кодировщик всё равно показывается в парах.</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="290"/>
        <source>Tick at least two coders to measure agreement.</source>
        <translation>Отметьте хотя бы двух кодировщиков, чтобы измерить согласованность.</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <location filename="../responses_model.py" line="179"/>
        <source>uncoded</source>
        <translation>не закодирован</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="180"/>
        <source>coded</source>
        <translation>закодирован</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="181"/>
        <source>no theme</source>
        <translation>нет темы</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="214"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="215"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="217"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="218"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="219"/>
        <source>Other coders</source>
        <translation>Другие кодировщики</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="235"/>
        <source> · the filter shows %1 of %2 answers</source>
        <translation> · по фильтру показано %1 из %2</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="240"/>
        <source>coded %1 of %2, %3%</source>
        <translation>закодировано %1 из %2, %3%</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="254"/>
        <source>A yellow note marks an answer with a memo (Ctrl+M writes one, Esc returns)</source>
        <translation>Жёлтый значок отмечает ответ с заметкой (Ctrl+M — написать заметку, Esc — вернуться)</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="294"/>
        <source>Memo: %1</source>
        <translation>Заметка: %1</translation>
    </message>
</context>
<context>
    <name>ReviewChoices</name>
    <message>
        <location filename="../review_choices.py" line="21"/>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="33"/>
        <source>Decided far fewer answers than the others: left out of the comparison until ticked.</source>
        <translation>Решил гораздо меньше ответов, чем другие: не участвует в сравнении, пока не отмечен.</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="41"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="43"/>
        <source>Every theme (parents include sub-themes)</source>
        <translation>Все темы (родительские включают подтемы)</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="44"/>
        <source>Top-level themes (sub-themes rolled up)</source>
        <translation>Темы верхнего уровня (подтемы свёрнуты)</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="45"/>
        <source>Most specific themes only</source>
        <translation>Только самые частные темы</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="52"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../review_choices.py" line="54"/>
        <source>All questions</source>
        <translation>Все вопросы</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../review.py" line="38"/>
        <source>This review shows every coder&apos;s codings, whether or not blind mode is on: it is where coders compare their work. Settled answers form the “consensus” coding.</source>
        <translation>Здесь видны кодирования всех кодировщиков, даже если включён слепой режим: здесь кодировщики сравнивают свою работу. Разрешённые ответы составляют «консенсусное» кодирование.</translation>
    </message>
    <message>
        <location filename="../review.py" line="53"/>
        <source>Agreement review</source>
        <translation>Проверка согласованности</translation>
    </message>
    <message>
        <location filename="../review.py" line="86"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../review.py" line="104"/>
        <source>Agreement per theme</source>
        <translation>Согласованность по темам</translation>
    </message>
    <message>
        <location filename="../review.py" line="109"/>
        <source>Codebook diagnosis…</source>
        <translation>Диагностика кодовой книги…</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Which themes the coders confuse, with example answers, and agreement over the coding order</source>
        <translation>Какие темы путают кодировщики, с примерами ответов, и согласованность по ходу кодирования</translation>
    </message>
    <message>
        <location filename="../review.py" line="119"/>
        <source>Answers the coders disagree on</source>
        <translation>Ответы, по которым кодировщики расходятся</translation>
    </message>
    <message>
        <location filename="../review.py" line="121"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../review.py" line="196"/>
        <location filename="../review.py" line="289"/>
        <source>Tick at least two coders to measure agreement.</source>
        <translation>Отметьте хотя бы двух кодировщиков, чтобы измерить согласованность.</translation>
    </message>
    <message>
        <location filename="../review.py" line="201"/>
        <source>Measuring agreement (%1 bootstrap draws)…</source>
        <translation>Расчёт согласованности (бутстреп-выборок: %1)…</translation>
    </message>
    <message>
        <location filename="../review.py" line="204"/>
        <source>Measuring agreement</source>
        <translation>Расчёт согласованности</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="281"/>
        <source> (%1 answers decided by one coder only are left out)</source>
        <translation> (ответы, решённые только одним кодировщиком, не учтены: %1)</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="292"/>
        <source>%1 answers decided by two or more of %2%3; themes: %5; unit: %6. Pairs: %7. α intervals: percentile bootstrap over answers, %4 draws. Hover a dash for why a statistic is undefined.</source>
        <translation>Ответов, решённых двумя или более из %2%3: %1; темы: %5; единица: %6. Пары: %7. Интервалы α: процентильный бутстреп по ответам, %4 выборок. Наведите курсор на прочерк, чтобы узнать, почему статистика не определена.</translation>
    </message>
    <message>
        <location filename="../review_models.py" line="306"/>
        <source>Not ticked, far fewer answers: %1.</source>
        <translation>Не отмечены, гораздо меньше ответов: %1.</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>%1 of %2 disagreements settled</source>
        <translation>Разрешено расхождений: %1 из %2</translation>
    </message>
    <message>
        <location filename="../review.py" line="293"/>
        <source>Codebook diagnosis</source>
        <translation>Диагностика кодовой книги</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="28"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>SelectedAnswer</name>
    <message>
        <location filename="../review_answer.py" line="28"/>
        <source>Keys: 1…n adopt that coder · U union · J / K next / previous</source>
        <translation>Клавиши: 1…n — принять кодировщика · U — объединение · J / K — вперёд / назад</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="33"/>
        <source>Selected answer</source>
        <translation>Выбранный ответ</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="47"/>
        <source>Adopt %1</source>
        <translation>Принять: %1</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="49"/>
        <source>Union  (U)</source>
        <translation>Объединение  (U)</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="50"/>
        <source>Custom…</source>
        <translation>Вручную…</translation>
    </message>
    <message>
        <location filename="../review_answer.py" line="56"/>
        <source>No disagreements to show.</source>
        <translation>Нет расхождений для отображения.</translation>
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
        <translation>ещё не разрешено</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="21"/>
        <source>Toggle that theme (keys shown in the theme panel; set them in the Codebook tab)</source>
        <translation>Включить или снять эту тему (клавиши — на панели тем, задаются во вкладке «Кодовая книга»)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="27"/>
        <source>select words + key</source>
        <translation>выделить слова + клавиша</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="28"/>
        <source>Code the selected words of the answer (a span) with that theme</source>
        <translation>Закодировать выделенные слова ответа (фрагмент) этой темой</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="32"/>
        <source>No theme applies to the current answer</source>
        <translation>К текущему ответу не подходит ни одна тема</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <source>Accept the top suggestion; when it is applied, go to the next answer</source>
        <translation>Принять первую подсказку; если она уже применена — перейти к следующему ответу</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="41"/>
        <source>Accept the first / second / third suggestion</source>
        <translation>Принять первую / вторую / третью подсказку</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="43"/>
        <source>Next answer</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="44"/>
        <source>Previous answer</source>
        <translation>Предыдущий ответ</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="45"/>
        <source>Next uncoded answer</source>
        <translation>Следующий незакодированный ответ</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="46"/>
        <source>Pick a theme by typing its name</source>
        <translation>Выбрать тему, набрав её название</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Search the answers</source>
        <translation>Поиск по ответам</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="48"/>
        <source>Back to the answer list</source>
        <translation>Вернуться к списку ответов</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51"/>
        <source>Write a memo on the current answer (answers with one carry a yellow note mark)</source>
        <translation>Написать заметку к текущему ответу (ответы с заметкой отмечены жёлтым значком)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="56"/>
        <source>Undo (the Edit menu names the action)</source>
        <translation>Отменить (меню «Правка» называет действие)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="57"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="58"/>
        <source>History: who did what, when; undo your own last steps</source>
        <translation>История: кто, что и когда сделал; отмена своих последних шагов</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="61"/>
        <source>Save the theme being edited (leaving a field saves too)</source>
        <translation>Сохранить редактируемую тему (выход из поля тоже сохраняет)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="63"/>
        <source>Import a survey</source>
        <translation>Импортировать опрос</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="64"/>
        <source>Open  /  create a project</source>
        <translation>Открыть  /  создать проект</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="67"/>
        <source>Agreement review: compare coders and settle disagreements</source>
        <translation>Обзор согласия: сравнить кодировщиков и разрешить расхождения</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71"/>
        <source>Adopt that coder&apos;s themes  /  the union of all coders&apos; themes</source>
        <translation>Принять темы этого кодировщика  /  объединение тем всех кодировщиков</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="73"/>
        <source>Next  /  previous disagreement</source>
        <translation>Следующее  /  предыдущее расхождение</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="74"/>
        <source>Export the PDF report</source>
        <translation>Экспортировать отчёт PDF</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="77"/>
        <source>Accept  /  reject the selected suggestions  /  accept all shown</source>
        <translation>Принять  /  отклонить выбранные подсказки  /  принять все показанные</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="83"/>
        <source>Code the whole group with a theme  /  as no theme applies</source>
        <translation>Закодировать всю группу темой  /  как «нет подходящей темы»</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="85"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="133"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="41"/>
        <source>Code open-ended survey answers into themes, compare coders, report.</source>
        <translation>Кодируйте ответы на открытые вопросы опросов по темам, сравнивайте кодировщиков, составляйте отчёты.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="48"/>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="49"/>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="50"/>
        <source>Open the demo survey</source>
        <translation>Открыть демонстрационный опрос</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="62"/>
        <source>Recent projects</source>
        <translation>Последние проекты</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="70"/>
        <source>Projects you open appear here.</source>
        <translation>Здесь появятся открытые вами проекты.</translation>
    </message>
</context>
<context>
    <name>SuggestionFilters</name>
    <message>
        <location filename="../suggestion_filters.py" line="66"/>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../suggestion_filters.py" line="46"/>
        <source>Find suggestions</source>
        <translation>Найти подсказки</translation>
    </message>
    <message>
        <location filename="../suggestion_filters.py" line="52"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../suggestion_filters.py" line="55"/>
        <source>Minimum score</source>
        <translation>Минимальная оценка</translation>
    </message>
</context>
<context>
    <name>SuggestionReviewDialog</name>
    <message>
        <location filename="../suggestion_review.py" line="51"/>
        <source>Suggestion review</source>
        <translation>Проверка подсказок</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="71"/>
        <source>Accept  (A)</source>
        <translation>Принять  (A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="72"/>
        <source>Reject  (R)</source>
        <translation>Отклонить  (R)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="73"/>
        <source>Accept all shown  (Shift+A)</source>
        <translation>Принять все показанные  (Shift+A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="77"/>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="159"/>
        <source>No suggestion reviewed yet.</source>
        <translation>Ещё ни одна подсказка не проверена.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="163"/>
        <source>%1 accepted, %2 rejected, acceptance rate %3; %4 of %5 codings came from accepted suggestions</source>
        <translation>Принято: %1, отклонено: %2, доля принятых: %3; кодирований из принятых подсказок: %4 из %5</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="182"/>
        <source>Finding suggestions…</source>
        <translation>Поиск подсказок…</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="186"/>
        <source>Finding suggestions</source>
        <translation>Поиск подсказок</translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="205"/>
        <source>%n new suggestion(s) found.</source>
        <translation>
            <numerusform>Найдена %n новая подсказка.</numerusform>
            <numerusform>Найдены %n новые подсказки.</numerusform>
            <numerusform>Найдено %n новых подсказок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="299"/>
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Принята %n подсказка.</numerusform>
            <numerusform>Приняты %n подсказки.</numerusform>
            <numerusform>Принято %n подсказок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="301"/>
        <source>Rejected %n suggestion(s).</source>
        <translation>
            <numerusform>Отклонена %n подсказка.</numerusform>
            <numerusform>Отклонены %n подсказки.</numerusform>
            <numerusform>Отклонено %n подсказок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="309"/>
        <source>%n suggestion(s) waiting for review</source>
        <translation>
            <numerusform>%n подсказка ждёт проверки</numerusform>
            <numerusform>%n подсказки ждут проверки</numerusform>
            <numerusform>%n подсказок ждут проверки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="207"/>
        <source>No new suggestion at or above this score.</source>
        <translation>Нет новых подсказок с такой или более высокой оценкой.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="213"/>
        <source>Search cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../suggestion_review.py" line="235"/>
        <source>Accept all %n suggestion(s) shown? Each answer gets its suggested theme.</source>
        <translation>
            <numerusform>Принять %n показанную подсказку? Каждый ответ получит предложенную тему.</numerusform>
            <numerusform>Принять все %n показанные подсказки? Каждый ответ получит предложенную тему.</numerusform>
            <numerusform>Принять все %n показанных подсказок? Каждый ответ получит предложенную тему.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="248"/>
        <source>Accepting suggestions…</source>
        <translation>Подсказки принимаются…</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="254"/>
        <source>Accepting suggestions</source>
        <translation>Принятие подсказок</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="271"/>
        <source>Cancelled: no suggestion was accepted.</source>
        <translation>Отменено: ни одна подсказка не принята.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="311"/>
        <source>No suggestion waiting: choose a minimum score and press Find suggestions.</source>
        <translation>Нет подсказок, ожидающих проверки: выберите минимальную оценку и нажмите «Найти подсказки».</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../suggestions.py" line="152"/>
        <source>Suggestions  (Enter or Alt+1 accepts the first, Alt+2, Alt+3 the next)</source>
        <translation>Подсказки  (Enter или Alt+1 — первая, Alt+2, Alt+3 — следующие)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="173"/>
        <source>Suggestions are not available in this installation.</source>
        <translation>Подсказки недоступны в этой установке.</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="194"/>
        <source>No suggestion for this answer yet.</source>
        <translation>Для этого ответа пока нет подсказок.</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="200"/>
        <source>”, “</source>
        <translation>», «</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="202"/>
        <source>Keyword “%1” matches “%2” (%3)</source>
        <translation>Ключевое слово «%1» совпадает с «%2» (%3)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="206"/>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="209"/>
        <source>Like coded answers: %1</source>
        <translation>Похоже на закодированные ответы: %1</translation>
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
            <numerusform>Присвоена %1 из %n закодированного ответа (%2%)</numerusform>
            <numerusform>Присвоена %1 из %n закодированных ответов (%2%)</numerusform>
            <numerusform>Присвоена %1 из %n закодированных ответов (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../tasks.py" line="137"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <location filename="../theme_panel.py" line="44"/>
        <source>Include: %1</source>
        <translation>Включать: %1</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="46"/>
        <source>Exclude: %1</source>
        <translation>Исключать: %1</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="106"/>
        <source>Type a theme name, Enter to toggle  (Ctrl+T)</source>
        <translation>Введите название темы, Enter — переключить  (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="113"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="142"/>
        <source>No theme applies</source>
        <translation>Ни одна тема не подходит</translation>
    </message>
</context>
<context>
    <name>ThemeTree</name>
    <message>
        <location filename="../codebook_editor.py" line="60"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="60"/>
        <source>Coded</source>
        <translation>Закодировано</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="103"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="110"/>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="122"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="138"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="159"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="188"/>
        <source>open the folder</source>
        <translation>открыть папку</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="190"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="190"/>
        <source>Written, but no viewer opened it: %1</source>
        <translation>Записано, но ни одна программа просмотра его не открыла: %1</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="195"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="200"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../merge_dialog.py" line="21"/>
        <source>Merge a coder&apos;s project</source>
        <translation>Объединение с проектом кодировщика</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="354"/>
        <source>Writing the codebook PDF</source>
        <translation>Запись кодовой книги в PDF</translation>
    </message>
    <message>
        <location filename="../passwords.py" line="98"/>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
</context>
</TS>
