<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="59"/>
        <source>Find in this conversation (Ctrl+F)</source>
        <translation>Meklēt sarunā (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="67"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Iepriekšējā atbilstība (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="71"/>
        <source>Next match (Enter)</source>
        <translation>Nākamā atbilstība (Enter)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="136"/>
        <source>Select a conversation in the list to read it here.</source>
        <translation>Izvēlieties sarunu sarakstā, lai to lasītu šeit.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="155"/>
        <source>This conversation has no turns.</source>
        <translation>Šajā sarunā nav repliku.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="164"/>
        <source>no employee</source>
        <translation>darbinieks nav norādīts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="193"/>
        <source>The customer got no reply.</source>
        <translation>Klients nesaņēma atbildi.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="200"/>
        <source>First reply %1</source>
        <translation>Pirmā atbilde %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="201"/>
        <source>slowest %1</source>
        <translation>lēnākā %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="202"/>
        <source>slower than the standard: %1 of %2</source>
        <translation>lēnāk par standartu: %1 no %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="217"/>
        <source>Review %1 by %2 on %3</source>
        <translation>Vērtējums %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="223"/>
        <source>Critical: %1</source>
        <translation>Kritiski: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="232"/>
        <source>This call has not been transcribed yet.</source>
        <translation>Šis zvans vēl nav atšifrēts.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="235"/>
        <source>Recording of %1</source>
        <translation>Ieraksts, %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="238"/>
        <source>two channels, the agent on the left</source>
        <translation>divi kanāli, darbinieks kreisajā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="239"/>
        <source>two channels, the agent on the right</source>
        <translation>divi kanāli, darbinieks labajā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="241"/>
        <source>one channel</source>
        <translation>viens kanāls</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="244"/>
        <source>Once it is transcribed, its turns appear here.</source>
        <translation>Pēc atšifrēšanas šeit parādīsies replikas.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="267"/>
        <source>no matches</source>
        <translation>nav atbilstību</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conversation_view.py" line="270"/>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="32"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="35"/>
        <location filename="../../reviewer/ui/formatting.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="37"/>
        <location filename="../../reviewer/ui/formatting.py" line="51"/>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 h</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="100"/>
        <source>Call</source>
        <translation>Zvans</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="101"/>
        <source>Chat</source>
        <translation>Tērzēšana</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="102"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="103"/>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="109"/>
        <source>To transcribe</source>
        <translation>Jāatšifrē</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="110"/>
        <source>New</source>
        <translation>Jauna</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="111"/>
        <source>Transcribed</source>
        <translation>Atšifrēta</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="112"/>
        <source>Reviewed</source>
        <translation>Novērtēta</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="118"/>
        <source>agent</source>
        <translation>darbinieks</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="119"/>
        <source>customer</source>
        <translation>klients</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="120"/>
        <source>system</source>
        <translation>sistēma</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/formatting.py" line="121"/>
        <source>unknown speaker</source>
        <translation>nezināms runātājs</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="40"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="41"/>
        <source>Stop after the file being imported</source>
        <translation>Apturēt pēc pašreizējā faila</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="49"/>
        <source>Looking for files…</source>
        <translation>Meklē failus…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="61"/>
        <source>Imported %1 of %2: %3</source>
        <translation>Importēti %1 no %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="30"/>
        <source>Import report</source>
        <translation>Importa pārskats</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="39"/>
        <source>%1 imported</source>
        <translation>Importēti: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="40"/>
        <source>%1 already in the library</source>
        <translation>jau bibliotēkā: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="41"/>
        <source>%1 skipped</source>
        <translation>izlaisti: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="42"/>
        <source>%1 failed</source>
        <translation>ar kļūdu: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="45"/>
        <source>No files were found.</source>
        <translation>Faili netika atrasti.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="47"/>
        <source>Import cancelled; the files below were done before it stopped.</source>
        <translation>Imports atcelts; zemāk redzamie faili tika apstrādāti pirms apturēšanas.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="51"/>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="51"/>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="51"/>
        <source>Details</source>
        <translation>Sīkāk</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="86"/>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="87"/>
        <source>Already in the library</source>
        <translation>Jau bibliotēkā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="88"/>
        <source>Skipped</source>
        <translation>Izlaists</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="89"/>
        <source>Failed</source>
        <translation>Kļūda</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="97"/>
        <source>1 conversation</source>
        <translation>Sarunas: 1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="99"/>
        <source>%1 conversations</source>
        <translation>Sarunas: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_report.py" line="101"/>
        <source>%1 turns</source>
        <translation>replikas: %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="157"/>
        <source>Date</source>
        <extracomment>the number of conversations that match the filter (not just the loaded rows)</extracomment>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="158"/>
        <source>Employee</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="159"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="160"/>
        <source>Conversation</source>
        <translation>Saruna</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="161"/>
        <source>Duration</source>
        <translation>Ilgums</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="162"/>
        <source>Lang.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="163"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="164"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="167"/>
        <source>Score of the latest submitted review</source>
        <translation>Pēdējās iesniegtās pārbaudes vērtējums</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="169"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="193"/>
        <source>The source has no date</source>
        <translation>Avotā nav datuma</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="216"/>
        <source>no date</source>
        <translation>bez datuma</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="239"/>
        <source>Not reviewed yet</source>
        <translation>Vēl nav pārbaudīta</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="241"/>
        <source>Latest submitted review; a critical criterion failed</source>
        <translation>Pēdējā pārbaude; neizpildīts kritisks kritērijs</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_model.py" line="242"/>
        <source>Latest submitted review</source>
        <translation>Pēdējā iesniegtā pārbaude</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="59"/>
        <source>Search transcripts</source>
        <extracomment>the conversation the reviewer is looking at (its id), or None</extracomment>
        <translation>Meklēt tekstos</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="63"/>
        <source>Conversations with a turn that contains all these words</source>
        <translation>Sarunas, kurās kāda replika satur visus šos vārdus</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="70"/>
        <source>All channels</source>
        <translation>Visi kanāli</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="74"/>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="79"/>
        <source>Any date</source>
        <translation>Jebkurš datums</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="80"/>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="81"/>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="82"/>
        <source>This month</source>
        <translation>Šis mēnesis</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="83"/>
        <source>Date range…</source>
        <translation>Periods…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="89"/>
        <source>From this day</source>
        <translation>No šīs dienas</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="90"/>
        <source>To this day, inclusive</source>
        <translation>Līdz šai dienai ieskaitot</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="92"/>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="173"/>
        <source>All employees</source>
        <translation>Visi darbinieki</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="253"/>
        <source>%1 matching conversations</source>
        <translation>Atrastas sarunas: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="255"/>
        <source>1 matching conversation</source>
        <translation>Atrastas sarunas: 1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="257"/>
        <source>%1 conversations</source>
        <translation>Sarunas: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="259"/>
        <source>1 conversation</source>
        <translation>Sarunas: 1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="265"/>
        <source>No conversation matches these filters.</source>
        <translation>Nav sarunu, kas atbilst šiem filtriem.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/library_view.py" line="268"/>
        <source>No conversations yet.

Import calls, chats or e-mails with File → Import, or drop files or folders here.</source>
        <translation>Sarunu vēl nav.

Importējiet zvanus, tērzēšanas vai e-pastus ar Fails → Importēt vai ievelciet šeit failus vai mapes.</translation>
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
        <translation>Importēt &amp;failus…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="116"/>
        <source>Import recordings, chat exports or e-mails</source>
        <translation>Importēt ierakstus, tērzēšanas eksportus vai e-pastus</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="118"/>
        <source>Import F&amp;older…</source>
        <translation>Importēt &amp;mapi…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="120"/>
        <source>Import everything in a folder and its subfolders</source>
        <translation>Importēt visu no mapes un tās apakšmapēm</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="122"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atsvaidzināt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="125"/>
        <source>&amp;Find in Conversation</source>
        <translation>Meklēt &amp;sarunā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="128"/>
        <source>&amp;Search the Library</source>
        <translation>Meklēt &amp;bibliotēkā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="134"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Pārskati…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="136"/>
        <source>Coaching reports, scorecards, team summaries and score exports</source>
        <translation>Apmācības pārskati, vērtējumu kartītes, komandas kopsavilkumi un vērtējumu eksports</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="138"/>
        <source>&amp;Speech Model…</source>
        <translation>&amp;Runas atpazīšanas modelis…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="139"/>
        <source>Choose or download the model that transcribes calls</source>
        <translation>Izvēlēties vai lejupielādēt modeli, kas atšifrē zvanus</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="141"/>
        <source>&amp;About Reviewer</source>
        <translation>&amp;Par Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="151"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="155"/>
        <source>&amp;Settings</source>
        <translation>&amp;Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="160"/>
        <source>Main</source>
        <translation>Galvenā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="174"/>
        <source>Library: %1</source>
        <translation>Bibliotēka: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="189"/>
        <source>About Reviewer</source>
        <translation>Par Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="190"/>
        <source>Reviewer %1

Offline quality review of customer conversations: calls, chats, e-mails and mystery-shopper visits.</source>
        <translation>Reviewer %1

Klientu sarunu kvalitātes pārbaude bezsaistē: zvani, tērzēšanas, e-pasti un slepeno pircēju apmeklējumi.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="206"/>
        <source>Report saved: %1</source>
        <translation>Pārskats saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="232"/>
        <source>Calls will be transcribed with %1</source>
        <translation>Zvani tiks atšifrēti ar modeli %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="234"/>
        <source>Calls will be transcribed with the embedded model</source>
        <translation>Zvani tiks atšifrēti ar iebūvēto modeli</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="258"/>
        <source>Import conversations</source>
        <translation>Importēt sarunas</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="260"/>
        <source>Conversations (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;All files (*)</source>
        <translation>Sarunas (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="267"/>
        <source>Import a folder</source>
        <translation>Importēt mapi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="285"/>
        <source>Cancelling after the current file…</source>
        <translation>Atceļ pēc pašreizējā faila…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="297"/>
        <source>Import finished: %1 files imported</source>
        <translation>Imports pabeigts, importēti faili: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="310"/>
        <source>%1 interrupted transcriptions will continue where they stopped when run again</source>
        <translation>Pārtrauktās atšifrēšanas turpināsies no vietas, kur apstājās, kad tās palaidīs vēlreiz: %1</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="87"/>
        <source>Speech model</source>
        <extracomment>bytes done, bytes in all model name, ok, cancelled, message (the reason, when not ok) the model the user chose (a name, or a folder path; &quot;&quot; is the embedded model) a download ended: model name, ok, cancelled, message</extracomment>
        <translation>Runas atpazīšanas modelis</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="97"/>
        <source>Calls are transcribed on this computer. The embedded model is always available; bigger models recognise speech better, especially Russian and Latvian, but are slower and must be downloaded once.</source>
        <translation>Zvani tiek atšifrēti šajā datorā. Iebūvētais modelis ir pieejams vienmēr; lielāki modeļi runu atpazīst labāk, īpaši krievu un latviešu valodā, taču darbojas lēnāk, un tie vienreiz jālejupielādē.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="105"/>
        <source>Model</source>
        <translation>Modelis</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="105"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="105"/>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="116"/>
        <source>Download</source>
        <translation>Lejupielādēt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="118"/>
        <source>Choose folder…</source>
        <translation>Izvēlēties mapi…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="123"/>
        <source>Cancel download</source>
        <translation>Atcelt lejupielādi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="138"/>
        <source>Use this model</source>
        <translation>Izmantot šo modeli</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="153"/>
        <source>Embedded, ready</source>
        <translation>Iebūvēts, gatavs</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="153"/>
        <source>Not installed</source>
        <translation>Nav instalēts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="155"/>
        <source>Downloaded, ready</source>
        <translation>Lejupielādēts, gatavs</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="157"/>
        <source>Folder, ready</source>
        <translation>Mape, gatava</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="157"/>
        <source>Folder, not usable</source>
        <translation>Mape, nav izmantojama</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="158"/>
        <source>Not downloaded</source>
        <translation>Nav lejupielādēts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="175"/>
        <source>{name} (embedded)</source>
        <translation>{name} (iebūvētais)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="177"/>
        <source>{label} (in use)</source>
        <translation>{label} (tiek izmantots)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="220"/>
        <source>Choose a speech model folder</source>
        <translation>Izvēlieties runas atpazīšanas modeļa mapi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="229"/>
        <source>This folder cannot be used: {reason}</source>
        <translation>Šo mapi nevar izmantot: {reason}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="255"/>
        <source>Downloading {name}…</source>
        <translation>Lejupielādē modeli {name}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="262"/>
        <source>Stopping the download…</source>
        <translation>Aptur lejupielādi…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="277"/>
        <source>{name} is ready.</source>
        <translation>Modelis {name} ir gatavs.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="280"/>
        <source>Download of {name} stopped. Downloading it again continues where it stopped.</source>
        <translation>Modeļa {name} lejupielāde apturēta. Atkārtota lejupielāde turpināsies no vietas, kur tā apstājās.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/model_dialog.py" line="285"/>
        <source>Download of {name} failed: {reason}</source>
        <translation>Neizdevās lejupielādēt modeli {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="112"/>
        <source>Reports</source>
        <extracomment>the file written why no file was written (the message names the problem)</extracomment>
        <translation>Pārskati</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="119"/>
        <source>Coaching report for an employee (PDF)</source>
        <translation>Darbinieka apmācības pārskats (PDF)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="120"/>
        <source>Scorecard of one review (PDF)</source>
        <translation>Viena vērtējuma kartīte (PDF)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="121"/>
        <source>Team summary (PDF)</source>
        <translation>Komandas kopsavilkums (PDF)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="122"/>
        <source>All scores for spreadsheets (CSV)</source>
        <translation>Visi vērtējumi izklājlapām (CSV)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="128"/>
        <source>Only reviews submitted from</source>
        <translation>Tikai vērtējumi, kas iesniegti no</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="140"/>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="142"/>
        <source>Open the file when it is ready</source>
        <translation>Atvērt failu, kad tas būs gatavs</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="153"/>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="160"/>
        <source>Report:</source>
        <translation>Pārskats:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="161"/>
        <source>Employee:</source>
        <translation>Darbinieks:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="162"/>
        <source>Review number:</source>
        <translation>Vērtējuma numurs:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="163"/>
        <source>Period:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="164"/>
        <source>Rubric:</source>
        <translation>Anketa:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="165"/>
        <source>Language of headings:</source>
        <translation>Virsrakstu valoda:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="166"/>
        <source>Save as:</source>
        <translation>Saglabāt kā:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="171"/>
        <source>Generate</source>
        <translation>Izveidot</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="204"/>
        <source>All rubrics</source>
        <translation>Visas anketas</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="230"/>
        <source>Save the report as</source>
        <translation>Saglabāt pārskatu kā</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="231"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="241"/>
        <source>Choose where to save the report.</source>
        <translation>Izvēlieties, kur saglabāt pārskatu.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="245"/>
        <source>The folder {0} does not exist.</source>
        <translation>Mape {0} neeksistē.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="248"/>
        <source>There are no employees in this library yet.</source>
        <translation>Šajā bibliotēkā vēl nav darbinieku.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="255"/>
        <source>The period starts after it ends.</source>
        <translation>Perioda sākums ir vēlāks par beigām.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="286"/>
        <source>Making the report…</source>
        <translation>Veido pārskatu…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="293"/>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="318"/>
        <source>Saved {0}</source>
        <translation>Saglabāts: {0}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="325"/>
        <source>No report was made: {0}</source>
        <translation>Pārskats netika izveidots: {0}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/reports_dialog.py" line="329"/>
        <source>Cancelled; no file was written.</source>
        <translation>Atcelts; fails netika ierakstīts.</translation>
    </message>
</context>
<context>
    <name>TurnDelegate</name>
    <message>
        <location filename="../../reviewer/ui/transcript.py" line="267"/>
        <source>reply %1</source>
        <translation>atbilde %1</translation>
    </message>
</context>
</TS>
