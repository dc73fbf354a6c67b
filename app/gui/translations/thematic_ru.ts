<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../answer_view.py" line="56"/>
        <source>(empty answer)</source>
        <translation>(пустой ответ)</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../codebook_editor.py" line="107"/>
        <source>Add theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="108"/>
        <source>New theme</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="109"/>
        <source>Add sub-theme</source>
        <translation>Добавить подтему</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="110"/>
        <source>New sub-theme</source>
        <translation>Новая подтема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="120"/>
        <source>Drag a theme onto another to make it a sub-theme, or between themes to reorder.</source>
        <translation>Перетащите тему на другую, чтобы сделать её подтемой, или между темами, чтобы изменить порядок.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="135"/>
        <source>One example quote per line</source>
        <translation>По одной цитате-примеру на строку</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="137"/>
        <source>One language per line, e.g.  ru: реклама, объявление</source>
        <translation>По одному языку на строку, например:  ru: реклама, объявление</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="148"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="149"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="150"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="151"/>
        <source>Include when</source>
        <translation>Включать, если</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="152"/>
        <source>Exclude when</source>
        <translation>Исключать, если</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="153"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="154"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="155"/>
        <source>Save theme</source>
        <translation>Сохранить тему</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="158"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="160"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="176"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="190"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="294"/>
        <source>%1 is not a colour (use #rrggbb)</source>
        <translation>%1 не является цветом (используйте формат #rrggbb)</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="328"/>
        <source>Delete “%1”? %2 codings (all coders) will be removed; sub-themes move up.</source>
        <translation>Удалить “%1”? Будет удалено кодирований (у всех кодировщиков): %2; подтемы поднимутся на уровень выше.</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="331"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="346"/>
        <source>Merge “%1” (%2 codings) into:</source>
        <translation>Объединить “%1” (кодирований: %2) с темой:</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="348"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="373"/>
        <source>Theme colour</source>
        <translation>Цвет темы</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Who is coding?</source>
        <translation>Кто кодирует?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53"/>
        <source>Your codings in “%1” are saved under this name. Other coders&apos; codings stay hidden while blind mode is on.</source>
        <translation>Ваши кодирования в “%1” сохраняются под этим именем. Пока включён слепой режим, кодирования других кодировщиков скрыты.</translation>
    </message>
</context>
<context>
    <name>CodingWorkspace</name>
    <message numerus="yes">
        <location filename="../workspace.py" line="126"/>
        <source>Toggle theme %n</source>
        <translation>
            <numerusform>Переключить тему %n</numerusform>
            <numerusform>Переключить тему %n</numerusform>
            <numerusform>Переключить тему %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace.py" line="127"/>
        <source>No theme applies</source>
        <translation>Ни одна тема не подходит</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="128"/>
        <source>Next answer</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="129"/>
        <source>Previous answer</source>
        <translation>Предыдущий ответ</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="130"/>
        <source>Next uncoded answer</source>
        <translation>Следующий незакодированный ответ</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="131"/>
        <source>Accept the top suggestion</source>
        <translation>Принять первую подсказку</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="132"/>
        <source>Pick a theme by typing</source>
        <translation>Выбрать тему вводом названия</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="133"/>
        <source>Search answers</source>
        <translation>Поиск по ответам</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="134"/>
        <source>Back to the answers</source>
        <translation>Вернуться к ответам</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="146"/>
        <source>This project has no answers yet: import a survey (File ▸ Import survey).</source>
        <translation>В проекте пока нет ответов: импортируйте опрос (Файл ▸ Импорт опроса).</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="241"/>
        <source>No answer matches the filter.</source>
        <translation>Нет ответов, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="312"/>
        <source>Respondent %1 · answer %2 of %3</source>
        <translation>Респондент %1 · ответ %2 из %3</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="366"/>
        <source> · %1 shown</source>
        <translation> · показано: %1</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="367"/>
        <source>coded %1 of %2, %3%</source>
        <translation>закодировано %1 из %2, %3%</translation>
    </message>
</context>
<context>
    <name>CustomThemesDialog</name>
    <message>
        <location filename="../review.py" line="44"/>
        <source>Consensus themes</source>
        <translation>Темы консенсуса</translation>
    </message>
    <message>
        <location filename="../review.py" line="52"/>
        <source>Tick the themes of the consensus; none ticked means no theme applies.</source>
        <translation>Отметьте темы консенсуса; если ничего не отмечено, ни одна тема не подходит.</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="228"/>
        <source>Wide: one row per answer, one 0/1 column per theme</source>
        <translation>Широкий: одна строка на ответ, по одному столбцу 0/1 на тему</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="229"/>
        <source>Long: one row per coding</source>
        <translation>Длинный: одна строка на кодирование</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="240"/>
        <source>Layout</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="250"/>
        <source>An Excel workbook holds both layouts as sheets.</source>
        <translation>Книга Excel содержит оба формата на отдельных листах.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="26"/>
        <source>All answers</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="26"/>
        <source>Uncoded</source>
        <translation>Незакодированные</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="27"/>
        <source>Coded</source>
        <translation>Закодированные</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="27"/>
        <source>No theme applies</source>
        <translation>Ни одна тема не подходит</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="38"/>
        <source>Search answers…</source>
        <translation>Поиск по ответам…</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="48"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="51"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="82"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="93"/>
        <source>Any respondent</source>
        <translation>Любой респондент</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="103"/>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../groups_dialog.py" line="77"/>
        <source>Near-duplicate answers</source>
        <translation>Почти одинаковые ответы</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="109"/>
        <source>Answers in this group</source>
        <translation>Ответы в этой группе</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="115"/>
        <source>Code group</source>
        <translation>Закодировать группу</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="116"/>
        <source>No theme applies  (0)</source>
        <translation>Ни одна тема не подходит  (0)</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="118"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="122"/>
        <source>Keys: 1–9 code the group with that theme · 0 no theme applies · J / K next / previous group</source>
        <translation>Клавиши: 1–9 — закодировать группу этой темой · 0 — ни одна тема не подходит · J / K — следующая / предыдущая группа</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="130"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="187"/>
        <source>Grouping similar answers…</source>
        <translation>Группировка похожих ответов…</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="191"/>
        <source>Grouping similar answers</source>
        <translation>Группировка похожих ответов</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="219"/>
        <source>Grouping cancelled.</source>
        <translation>Группировка отменена.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="243"/>
        <source>No answers in this question repeat each other closely enough to group.</source>
        <translation>В этом вопросе нет ответов, настолько похожих друг на друга, чтобы их сгруппировать.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="269"/>
        <source>Answers in “%1”  (%2)</source>
        <translation>Ответы группы “%1”  (%2)</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="292"/>
        <source>coded: %1</source>
        <translation>закодировано: %1</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="297"/>
        <source>%1 of %2 groups coded</source>
        <translation>Закодировано групп: %1 из %2</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="322"/>
        <source>Tick at least one answer of the group first.</source>
        <translation>Сначала отметьте хотя бы один ответ группы.</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="333"/>
        <source>no theme applies</source>
        <translation>ни одна тема не подходит</translation>
    </message>
    <message numerus="yes">
        <location filename="../groups_dialog.py" line="335"/>
        <source> (%n left out)</source>
        <translation>
            <numerusform> (исключён %n ответ)</numerusform>
            <numerusform> (исключено %n ответа)</numerusform>
            <numerusform> (исключено %n ответов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="338"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="338"/>
        <source>answers</source>
        <translation>ответов</translation>
    </message>
    <message>
        <location filename="../groups_dialog.py" line="339"/>
        <source>Coded %1 as %2.</source>
        <translation>Закодировано: %1 — %2.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="79"/>
        <source>Import survey</source>
        <translation>Импорт опроса</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="85"/>
        <source>Choose a CSV, TSV or Excel file</source>
        <translation>Выберите файл CSV, TSV или Excel</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="86"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="96"/>
        <source>Detect</source>
        <translation>Автоопределение</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="106"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="106"/>
        <source>Use as</source>
        <translation>Использовать как</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="106"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="120"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="121"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="138"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="139"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="140"/>
        <source>Header rows</source>
        <translation>Строки заголовка</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="149"/>
        <source>Preview (first rows as decoded)</source>
        <translation>Предпросмотр (первые строки после декодирования)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="151"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="161"/>
        <source>Choose a survey file</source>
        <translation>Выберите файл опроса</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="213"/>
        <source>Read with </source>
        <translation>Прочитано с параметрами: </translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="257"/>
        <source>This installation cannot import surveys yet.</source>
        <translation>В этой установке импорт опросов пока недоступен.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="266"/>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="288"/>
        <source>Imported %1 answers from %2 respondents (%3 blank).</source>
        <translation>Импортировано ответов: %1, респондентов: %2 (пустых: %3).</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="297"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="52"/>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <location filename="../window.py" line="53"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../window.py" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../window.py" line="79"/>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <location filename="../window.py" line="80"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../window.py" line="81"/>
        <source>&amp;Import survey…</source>
        <translation>&amp;Импорт опроса…</translation>
    </message>
    <message>
        <location filename="../window.py" line="82"/>
        <source>&amp;Merge coder&apos;s project…</source>
        <translation>О&amp;бъединить с проектом кодировщика…</translation>
    </message>
    <message>
        <location filename="../window.py" line="83"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Последние проекты</translation>
    </message>
    <message>
        <location filename="../window.py" line="85"/>
        <source>Open the &amp;demo survey</source>
        <translation>Открыть д&amp;емонстрационный опрос</translation>
    </message>
    <message>
        <location filename="../window.py" line="87"/>
        <source>Export &amp;report…</source>
        <translation>Экспорт о&amp;тчёта…</translation>
    </message>
    <message>
        <location filename="../window.py" line="88"/>
        <source>Export coded &amp;data…</source>
        <translation>Экспорт закодированных &amp;данных…</translation>
    </message>
    <message>
        <location filename="../window.py" line="89"/>
        <source>Export code&amp;book PDF…</source>
        <translation>Экспорт &amp;кодовой книги в PDF…</translation>
    </message>
    <message>
        <location filename="../window.py" line="91"/>
        <source>Switch &amp;coder…</source>
        <translation>Сме&amp;нить кодировщика…</translation>
    </message>
    <message>
        <location filename="../window.py" line="92"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../window.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../window.py" line="95"/>
        <location filename="../window.py" line="343"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../window.py" line="96"/>
        <location filename="../window.py" line="344"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../window.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../window.py" line="99"/>
        <source>&amp;Blind coding (hide other coders)</source>
        <translation>&amp;Слепое кодирование (скрыть других кодировщиков)</translation>
    </message>
    <message>
        <location filename="../window.py" line="101"/>
        <source>&amp;Move to the next answer after coding</source>
        <translation>&amp;Переходить к следующему ответу после кодирования</translation>
    </message>
    <message>
        <location filename="../window.py" line="104"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <location filename="../window.py" line="105"/>
        <source>&amp;Agreement review…</source>
        <translation>&amp;Проверка согласованности…</translation>
    </message>
    <message>
        <location filename="../window.py" line="106"/>
        <source>&amp;Suggestion review…</source>
        <translation>Проверка под&amp;сказок…</translation>
    </message>
    <message>
        <location filename="../window.py" line="108"/>
        <source>Near-&amp;duplicate answers…</source>
        <translation>Почти о&amp;динаковые ответы…</translation>
    </message>
    <message>
        <location filename="../window.py" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../window.py" line="111"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../window.py" line="171"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../window.py" line="182"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../window.py" line="194"/>
        <source>Building the demo survey</source>
        <translation>Создание демонстрационного опроса</translation>
    </message>
    <message>
        <location filename="../window.py" line="235"/>
        <source>Open or create a project first, then import a survey into it.</source>
        <translation>Сначала откройте или создайте проект, затем импортируйте в него опрос.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <source>Merging %1</source>
        <translation>Объединение: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="304"/>
        <source>Export codebook PDF</source>
        <translation>Экспорт кодовой книги в PDF</translation>
    </message>
    <message>
        <location filename="../window.py" line="343"/>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="344"/>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="358"/>
        <source>Coder: %1</source>
        <translation>Кодировщик: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="359"/>
        <source>  ·  blind</source>
        <translation>  ·  слепой режим</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../memo_panel.py" line="26"/>
        <source>Memo</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../memo_panel.py" line="29"/>
        <source>Your note on this answer (saved as you type; Esc returns to the list)</source>
        <translation>Ваша заметка к этому ответу (сохраняется по мере ввода; Esc — возврат к списку)</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="50"/>
        <source>Merged %1</source>
        <translation>Объединено: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="190"/>
        <source>Include the quotes appendix (every coded answer, by theme)</source>
        <translation>Включить приложение с цитатами (все закодированные ответы по темам)</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="192"/>
        <source>Theme × attribute tables</source>
        <translation>Таблицы «тема × атрибут»</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="194"/>
        <source>Agreement between coders is included when two or more coders coded (1,000 bootstrap draws for the intervals).</source>
        <translation>Согласованность между кодировщиками включается, если кодировали двое или больше (1000 бутстреп-выборок для интервалов).</translation>
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
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="196"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="196"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../responses_model.py" line="196"/>
        <source>Other coders</source>
        <translation>Другие кодировщики</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../review.py" line="77"/>
        <source>Agreement review</source>
        <translation>Проверка согласованности</translation>
    </message>
    <message>
        <location filename="../review.py" line="90"/>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <location filename="../review.py" line="98"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../review.py" line="100"/>
        <source>All questions</source>
        <translation>Все вопросы</translation>
    </message>
    <message>
        <location filename="../review.py" line="121"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../review.py" line="143"/>
        <source>Agreement per theme</source>
        <translation>Согласованность по темам</translation>
    </message>
    <message>
        <location filename="../review.py" line="148"/>
        <source>Answers the coders disagree on</source>
        <translation>Ответы, по которым кодировщики расходятся</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>Selected answer</source>
        <translation>Выбранный ответ</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>Keys: 1…n adopt that coder · U union · J / K next / previous</source>
        <translation>Клавиши: 1…n — принять вариант кодировщика · U — объединение · J / K — следующий / предыдущий</translation>
    </message>
    <message>
        <location filename="../review.py" line="228"/>
        <source>Tick at least two coders to measure agreement.</source>
        <translation>Отметьте хотя бы двух кодировщиков, чтобы измерить согласованность.</translation>
    </message>
    <message>
        <location filename="../review.py" line="232"/>
        <source>Measuring agreement (%1 bootstrap draws)…</source>
        <translation>Расчёт согласованности (бутстреп-выборок: %1)…</translation>
    </message>
    <message>
        <location filename="../review.py" line="234"/>
        <source>Measuring agreement</source>
        <translation>Расчёт согласованности</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source> (%1 answers decided by only some of them are left out)</source>
        <translation> (исключено ответов, закодированных лишь частью кодировщиков: %1)</translation>
    </message>
    <message>
        <location filename="../review.py" line="248"/>
        <source>%1 answers decided by all of %2%3. α intervals: percentile bootstrap over answers, %4 draws. Hover a dash for why a statistic is undefined.</source>
        <translation>Ответов, закодированных всеми кодировщиками (%2): %1%3. Интервалы α: процентильный бутстреп по ответам, выборок: %4. Наведите указатель на прочерк, чтобы узнать, почему статистика не определена.</translation>
    </message>
    <message>
        <location filename="../review.py" line="285"/>
        <source>%1 of %2 disagreements settled</source>
        <translation>Разрешено расхождений: %1 из %2</translation>
    </message>
    <message>
        <location filename="../review.py" line="298"/>
        <source>Adopt %1</source>
        <translation>Принять: %1</translation>
    </message>
    <message>
        <location filename="../review.py" line="300"/>
        <source>Union  (U)</source>
        <translation>Объединение  (U)</translation>
    </message>
    <message>
        <location filename="../review.py" line="301"/>
        <source>Custom…</source>
        <translation>Вручную…</translation>
    </message>
    <message>
        <location filename="../review.py" line="336"/>
        <source>No disagreements to show.</source>
        <translation>Нет расхождений для отображения.</translation>
    </message>
    <message>
        <location filename="../review.py" line="346"/>
        <source>not settled yet</source>
        <translation>ещё не разрешено</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="37"/>
        <source>Code open-ended survey answers into themes, compare coders, report.</source>
        <translation>Кодируйте ответы на открытые вопросы опросов по темам, сравнивайте кодировщиков, составляйте отчёты.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="41"/>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="42"/>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="43"/>
        <source>Open the demo survey</source>
        <translation>Открыть демонстрационный опрос</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="50"/>
        <source>Recent projects</source>
        <translation>Последние проекты</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="56"/>
        <source>Projects you open appear here.</source>
        <translation>Здесь появятся открытые вами проекты.</translation>
    </message>
</context>
<context>
    <name>SuggestionReviewDialog</name>
    <message>
        <location filename="../suggestion_review.py" line="136"/>
        <source>Suggestion review</source>
        <translation>Проверка подсказок</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="140"/>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="155"/>
        <source>Find suggestions</source>
        <translation>Найти подсказки</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="156"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="156"/>
        <source>Minimum score</source>
        <translation>Минимальная оценка</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="165"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="186"/>
        <source>Accept  (A)</source>
        <translation>Принять  (A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="187"/>
        <source>Reject  (R)</source>
        <translation>Отклонить  (R)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="188"/>
        <source>Accept all shown  (Shift+A)</source>
        <translation>Принять все показанные  (Shift+A)</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="250"/>
        <source>No suggestion reviewed yet.</source>
        <translation>Ещё ни одна подсказка не проверена.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="252"/>
        <source>%1 accepted, %2 rejected, acceptance rate %3; %4 of %5 codings came from accepted suggestions</source>
        <translation>Принято: %1, отклонено: %2, доля принятых: %3; кодирований из принятых подсказок: %4 из %5</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="267"/>
        <source>Finding suggestions…</source>
        <translation>Поиск подсказок…</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="271"/>
        <source>Finding suggestions</source>
        <translation>Поиск подсказок</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="299"/>
        <source>new suggestion found.</source>
        <translation>новая подсказка найдена.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="299"/>
        <source>new suggestions found.</source>
        <translation>новых подсказок найдено.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="300"/>
        <source>No new suggestion at or above this score.</source>
        <translation>Нет новых подсказок с такой или более высокой оценкой.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="305"/>
        <source>Search cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="343"/>
        <source>Accepted</source>
        <translation>Принято:</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="343"/>
        <source>Rejected</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="344"/>
        <source>suggestion.</source>
        <translation>подсказка.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="344"/>
        <source>suggestions.</source>
        <translation>подсказок.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="350"/>
        <source>suggestion waiting for review</source>
        <translation>подсказка ожидает проверки</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="351"/>
        <source>suggestions waiting for review</source>
        <translation>подсказок ожидают проверки</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="352"/>
        <source>No suggestion waiting: choose a minimum score and press Find suggestions.</source>
        <translation>Нет подсказок, ожидающих проверки: выберите минимальную оценку и нажмите «Найти подсказки».</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="366"/>
        <source>suggestions selected: A accepts them all, R rejects them all.</source>
        <translation>подсказок выбрано: A — принять все, R — отклонить все.</translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="371"/>
        <source>Why: </source>
        <translation>Причина: </translation>
    </message>
    <message>
        <location filename="../suggestion_review.py" line="371"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../suggestions.py" line="106"/>
        <source>Suggestions  (Enter accepts the first)</source>
        <translation>Подсказки  (Enter — принять первую)</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="127"/>
        <source>Suggestions are not available in this installation.</source>
        <translation>Подсказки недоступны в этой установке.</translation>
    </message>
    <message>
        <location filename="../suggestions.py" line="145"/>
        <source>No suggestion for this answer yet.</source>
        <translation>Для этого ответа пока нет подсказок.</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <location filename="../theme_panel.py" line="68"/>
        <source>Type a theme name, Enter to toggle  (Ctrl+T)</source>
        <translation>Введите название темы, Enter — переключить  (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="75"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../theme_panel.py" line="100"/>
        <source>No theme applies</source>
        <translation>Ни одна тема не подходит</translation>
    </message>
</context>
<context>
    <name>ThemeTree</name>
    <message>
        <location filename="../codebook_editor.py" line="59"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../codebook_editor.py" line="59"/>
        <source>Coded</source>
        <translation>Закодировано</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <location filename="../report_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="88"/>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="96"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="112"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="133"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="158"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="165"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../merge_dialog.py" line="20"/>
        <source>Merge a coder&apos;s project</source>
        <translation>Объединение с проектом кодировщика</translation>
    </message>
    <message>
        <location filename="../report_dialog.py" line="265"/>
        <source>Writing the codebook PDF</source>
        <translation>Запись кодовой книги в PDF</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
</context>
<context>
    <name>RefiExchange</name>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import REFI-QDA project (.qdpx)…</source>
        <translation>Импорт проекта REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Add codes and codings from REFI-QDA (.qdpx)…</source>
        <translation>Добавить коды и кодирование из REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>Экспорт проекта REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Code&amp;book</source>
        <translation>&amp;Кодовая книга</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import REFI-QDA codebook (.qdc)…</source>
        <translation>Импорт кодовой книги REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA codebook (.qdc)…</source>
        <translation>Экспорт кодовой книги REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import a REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>New project from %1</source>
        <translation>Новый проект из %1</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Add codes and codings from a REFI-QDA project</source>
        <translation>Добавить коды и кодирование из проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Import a REFI-QDA codebook</source>
        <translation>Импорт кодовой книги REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA project</source>
        <translation>Экспорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Export REFI-QDA codebook</source>
        <translation>Экспорт кодовой книги REFI-QDA</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Writing %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <location filename="../refi_exchange.py" line="1"/>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
</TS>
