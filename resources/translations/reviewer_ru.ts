<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="59"/>
        <source>Find in this conversation (Ctrl+F)</source>
        <translation>Найти в разговоре (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="67"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="71"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="136"/>
        <source>Select a conversation in the list to read it here.</source>
        <translation>Выберите разговор в списке, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="155"/>
        <source>This conversation has no turns.</source>
        <translation>В этом разговоре нет реплик.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="164"/>
        <source>no employee</source>
        <translation>сотрудник не указан</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="193"/>
        <source>The customer got no reply.</source>
        <translation>Клиент не получил ответа.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="200"/>
        <source>First reply %1</source>
        <translation>Первый ответ %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="201"/>
        <source>slowest %1</source>
        <translation>самый долгий %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="202"/>
        <source>slower than the standard: %1 of %2</source>
        <translation>медленнее стандарта: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="217"/>
        <source>Review %1 by %2 on %3</source>
        <translation>Оценка %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="223"/>
        <source>Critical: %1</source>
        <translation>Критично: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="232"/>
        <source>This call has not been transcribed yet.</source>
        <translation>Этот звонок ещё не расшифрован.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="235"/>
        <source>Recording of %1</source>
        <translation>Запись длиной %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="238"/>
        <source>two channels, the agent on the left</source>
        <translation>два канала, сотрудник слева</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="239"/>
        <source>two channels, the agent on the right</source>
        <translation>два канала, сотрудник справа</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="241"/>
        <source>one channel</source>
        <translation>один канал</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="244"/>
        <source>Once it is transcribed, its turns appear here.</source>
        <translation>После расшифровки здесь появятся реплики.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="267"/>
        <source>no matches</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="270"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="29"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="32"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="35"/>
        <location filename="../../reviewer/ui/formatting.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="37"/>
        <location filename="../../reviewer/ui/formatting.py" line="51"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="100"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="101"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="102"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="103"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="109"/>
        <source>To transcribe</source>
        <translation>Ждёт расшифровки</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="110"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="111"/>
        <source>Transcribed</source>
        <translation>Расшифрован</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="112"/>
        <source>Reviewed</source>
        <translation>Оценён</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="118"/>
        <source>agent</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="119"/>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="120"/>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="121"/>
        <source>unknown speaker</source>
        <translation>неизвестный</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="40"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="41"/>
        <source>Stop after the file being imported</source>
        <translation>Остановить после текущего файла</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="49"/>
        <source>Looking for files…</source>
        <translation>Поиск файлов…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="61"/>
        <source>Imported %1 of %2: %3</source>
        <translation>Импортировано %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="30"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="39"/>
        <source>%1 imported</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="40"/>
        <source>%1 already in the library</source>
        <translation>уже в библиотеке: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="41"/>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="42"/>
        <source>%1 failed</source>
        <translation>с ошибкой: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="45"/>
        <source>No files were found.</source>
        <translation>Файлы не найдены.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="47"/>
        <source>Import cancelled; the files below were done before it stopped.</source>
        <translation>Импорт отменён; файлы ниже были обработаны до остановки.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="51"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="51"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="51"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="86"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="87"/>
        <source>Already in the library</source>
        <translation>Уже в библиотеке</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="88"/>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="89"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="97"/>
        <source>1 conversation</source>
        <translation>Разговоров: 1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="99"/>
        <source>%1 conversations</source>
        <translation>Разговоров: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="101"/>
        <source>%1 turns</source>
        <translation>реплик: %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="157"/>
        <source>Date</source>
        <extracomment>the number of conversations that match the filter (not just the loaded rows)</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="158"/>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="159"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="160"/>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="161"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="162"/>
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="163"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="164"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="167"/>
        <source>Score of the latest submitted review</source>
        <translation>Оценка последней отправленной проверки</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="169"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="193"/>
        <source>The source has no date</source>
        <translation>В источнике нет даты</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="216"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="239"/>
        <source>Not reviewed yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="241"/>
        <source>Latest submitted review; a critical criterion failed</source>
        <translation>Последняя проверка; нарушен критический критерий</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="242"/>
        <source>Latest submitted review</source>
        <translation>Последняя отправленная проверка</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="59"/>
        <source>Search transcripts</source>
        <extracomment>the conversation the reviewer is looking at (its id), or None</extracomment>
        <translation>Поиск по текстам</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="63"/>
        <source>Conversations with a turn that contains all these words</source>
        <translation>Разговоры, в которых есть реплика со всеми этими словами</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="70"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="74"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="79"/>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="80"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="81"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="82"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="83"/>
        <source>Date range…</source>
        <translation>Период…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="89"/>
        <source>From this day</source>
        <translation>С этого дня</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="90"/>
        <source>To this day, inclusive</source>
        <translation>По этот день включительно</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="92"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="173"/>
        <source>All employees</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="253"/>
        <source>%1 matching conversations</source>
        <translation>Найдено разговоров: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="255"/>
        <source>1 matching conversation</source>
        <translation>Найдено разговоров: 1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="257"/>
        <source>%1 conversations</source>
        <translation>Разговоров: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="259"/>
        <source>1 conversation</source>
        <translation>Разговоров: 1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="265"/>
        <source>No conversation matches these filters.</source>
        <translation>Нет разговоров, подходящих под фильтры.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="268"/>
        <source>No conversations yet.

Import calls, chats or e-mails with File → Import, or drop files or folders here.</source>
        <translation>Разговоров пока нет.

Импортируйте звонки, чаты или письма через Файл → Импорт или перетащите сюда файлы или папки.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="79"/>
        <source>Reviewer — %1</source>
        <extracomment>an import ended: its results (reviewer.importing.FileResult) and whether it was cancelled</extracomment>
        <translation>Reviewer — %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="114"/>
        <source>Import &amp;Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="116"/>
        <source>Import recordings, chat exports or e-mails</source>
        <translation>Импорт записей, выгрузок чатов или писем</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="118"/>
        <source>Import F&amp;older…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="120"/>
        <source>Import everything in a folder and its subfolders</source>
        <translation>Импорт всего из папки и вложенных папок</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="122"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="125"/>
        <source>&amp;Find in Conversation</source>
        <translation>&amp;Найти в разговоре</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="128"/>
        <source>&amp;Search the Library</source>
        <translation>&amp;Поиск по библиотеке</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="134"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="136"/>
        <source>Coaching reports, scorecards, team summaries and score exports</source>
        <translation>Отчёты для коучинга, карточки оценок, сводки по команде и выгрузка баллов</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="138"/>
        <source>&amp;Speech Model…</source>
        <translation>&amp;Модель распознавания речи…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="139"/>
        <source>Choose or download the model that transcribes calls</source>
        <translation>Выбрать или скачать модель, которая расшифровывает звонки</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="141"/>
        <source>&amp;About Reviewer</source>
        <translation>&amp;О программе Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="151"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="155"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="160"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="174"/>
        <source>Library: %1</source>
        <translation>Библиотека: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="189"/>
        <source>About Reviewer</source>
        <translation>О программе Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="190"/>
        <source>Reviewer %1

Offline quality review of customer conversations: calls, chats, e-mails and mystery-shopper visits.</source>
        <translation>Reviewer %1

Офлайн-проверка качества общения с клиентами: звонки, чаты, письма и визиты тайных покупателей.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="206"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="232"/>
        <source>Calls will be transcribed with %1</source>
        <translation>Звонки будут расшифровываться моделью %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="234"/>
        <source>Calls will be transcribed with the embedded model</source>
        <translation>Звонки будут расшифровываться встроенной моделью</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="258"/>
        <source>Import conversations</source>
        <translation>Импорт разговоров</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="260"/>
        <source>Conversations (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;All files (*)</source>
        <translation>Разговоры (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="267"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="285"/>
        <source>Cancelling after the current file…</source>
        <translation>Отмена после текущего файла…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="297"/>
        <source>Import finished: %1 files imported</source>
        <translation>Импорт завершён, импортировано файлов: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="310"/>
        <source>%1 interrupted transcriptions will continue where they stopped when run again</source>
        <translation>Прерванные расшифровки продолжатся с места остановки при следующем запуске: %1</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="87"/>
        <source>Speech model</source>
        <extracomment>bytes done, bytes in all model name, ok, cancelled, message (the reason, when not ok) the model the user chose (a name, or a folder path; &quot;&quot; is the embedded model) a download ended: model name, ok, cancelled, message</extracomment>
        <translation>Модель распознавания речи</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="97"/>
        <source>Calls are transcribed on this computer. The embedded model is always available; bigger models recognise speech better, especially Russian and Latvian, but are slower and must be downloaded once.</source>
        <translation>Звонки расшифровываются на этом компьютере. Встроенная модель доступна всегда; более крупные модели распознают речь лучше, особенно русскую и латышскую, но работают медленнее, и их нужно один раз скачать.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="105"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="105"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="105"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="116"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="118"/>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="123"/>
        <source>Cancel download</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="138"/>
        <source>Use this model</source>
        <translation>Использовать эту модель</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="153"/>
        <source>Embedded, ready</source>
        <translation>Встроенная, готова</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="153"/>
        <source>Not installed</source>
        <translation>Не установлена</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="155"/>
        <source>Downloaded, ready</source>
        <translation>Скачана, готова</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="157"/>
        <source>Folder, ready</source>
        <translation>Папка, готова</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="157"/>
        <source>Folder, not usable</source>
        <translation>Папка, непригодна</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="158"/>
        <source>Not downloaded</source>
        <translation>Не скачана</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="175"/>
        <source>{name} (embedded)</source>
        <translation>{name} (встроенная)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="177"/>
        <source>{label} (in use)</source>
        <translation>{label} (используется)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="220"/>
        <source>Choose a speech model folder</source>
        <translation>Выберите папку с моделью распознавания речи</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="229"/>
        <source>This folder cannot be used: {reason}</source>
        <translation>Эту папку нельзя использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="255"/>
        <source>Downloading {name}…</source>
        <translation>Скачивание модели {name}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="262"/>
        <source>Stopping the download…</source>
        <translation>Остановка загрузки…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="277"/>
        <source>{name} is ready.</source>
        <translation>Модель {name} готова.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="280"/>
        <source>Download of {name} stopped. Downloading it again continues where it stopped.</source>
        <translation>Загрузка модели {name} остановлена. Повторная загрузка продолжится с того же места.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="285"/>
        <source>Download of {name} failed: {reason}</source>
        <translation>Не удалось скачать модель {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="112"/>
        <source>Reports</source>
        <extracomment>the file written why no file was written (the message names the problem)</extracomment>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="119"/>
        <source>Coaching report for an employee (PDF)</source>
        <translation>Отчёт для коучинга сотрудника (PDF)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="120"/>
        <source>Scorecard of one review (PDF)</source>
        <translation>Карточка одной оценки (PDF)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="121"/>
        <source>Team summary (PDF)</source>
        <translation>Сводка по команде (PDF)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="122"/>
        <source>All scores for spreadsheets (CSV)</source>
        <translation>Все баллы для электронных таблиц (CSV)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="128"/>
        <source>Only reviews submitted from</source>
        <translation>Только оценки, отправленные с</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="140"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="142"/>
        <source>Open the file when it is ready</source>
        <translation>Открыть файл, когда он будет готов</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="153"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="160"/>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="161"/>
        <source>Employee:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="162"/>
        <source>Review number:</source>
        <translation>Номер оценки:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="163"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="164"/>
        <source>Rubric:</source>
        <translation>Анкета:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="165"/>
        <source>Language of headings:</source>
        <translation>Язык заголовков:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="166"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="171"/>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="204"/>
        <source>All rubrics</source>
        <translation>Все анкеты</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="230"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="231"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="241"/>
        <source>Choose where to save the report.</source>
        <translation>Выберите, куда сохранить отчёт.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="245"/>
        <source>The folder {0} does not exist.</source>
        <translation>Папка {0} не существует.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="248"/>
        <source>There are no employees in this library yet.</source>
        <translation>В этой библиотеке пока нет сотрудников.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="255"/>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="286"/>
        <source>Making the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="293"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="318"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="325"/>
        <source>No report was made: {0}</source>
        <translation>Отчёт не создан: {0}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="329"/>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
</context>
<context>
    <name>TurnDelegate</name>
    <message>
        <location filename="../../reviewer/ui/transcript.py" line="267"/>
        <source>reply %1</source>
        <translation>ответ %1</translation>
    </message>
</context>
</TS>
