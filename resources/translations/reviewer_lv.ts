<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AttachmentList</name>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="171" />
            <source>Audio</source>
            <extracomment>source path, the Attachment made (or None), the error message (or "") source path, Attachment or None, error message or ""</extracomment>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="173" />
            <source>Photo without a time (no EXIF)</source>
            <translation>Foto bez uzņemšanas laika (nav EXIF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="174" />
            <source>Taken %1</source>
            <translation>Uzņemts %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="176" />
            <source>not during the visit</source>
            <translation>ne apmeklējuma laikā</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsBox</name>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="210" />
            <source>Photos and audio</source>
            <extracomment>the visit's attachments as now stored (list of Attachment)</extracomment>
            <translation>Foto un audio</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="220" />
            <source>Add Photos or Audio…</source>
            <translation>Pievienot foto vai audio…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="221" />
            <source>Receipt, shop front, a recording made with another device; or drop files on the form</source>
            <translation>Čeks, veikala fasāde, ieraksts no citas ierīces; vai ievelciet failus veidlapā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="224" />
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="248" />
            <source>Add photos or audio</source>
            <translation>Pievienot foto vai audio</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="249" />
            <source>Photos and audio (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.webm);;All files (*)</source>
            <translation>Foto un audio (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.webm);;Visi faili (*)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="277" />
            <source>Remove attachments</source>
            <translation>Pielikumu noņemšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="278" />
            <source>Remove from this visit?

%1</source>
            <translation>Noņemt no šī apmeklējuma?

%1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="285" />
            <source>Not removed: %1</source>
            <translation>Nav noņemts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="290" />
            <source>Not attached: %1</source>
            <translation>Nav pievienots: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_attachments.py" line="307" />
            <location filename="../../reviewer/ui/visit_attachments.py" line="308" />
            <source>Adding %1…</source>
            <translation>Pievieno %1…</translation>
        </message>
    </context>
    <context>
        <name>CancelDelegate</name>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="91" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="76" />
            <source>Find in this conversation (Ctrl+F)</source>
            <extracomment>the player's position after a seek (a click on a turn, the seek bar, keys, seek_to_*), ms</extracomment>
            <translation>Meklēt sarunā (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="84" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Iepriekšējā atbilstība (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="88" />
            <source>Next match (Enter)</source>
            <translation>Nākamā atbilstība (Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="199" />
            <source>Select a conversation in the list to read it here.</source>
            <translation>Izvēlieties sarunu sarakstā, lai to lasītu šeit.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="217" />
            <source>This conversation has no turns.</source>
            <translation>Šajā sarunā nav repliku.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="226" />
            <source>no employee</source>
            <translation>darbinieks nav norādīts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="255" />
            <source>The customer got no reply.</source>
            <translation>Klients nesaņēma atbildi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="262" />
            <source>First reply %1</source>
            <translation>Pirmā atbilde %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="263" />
            <source>slowest %1</source>
            <translation>lēnākā %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="264" />
            <source>slower than the standard: %1 of %2</source>
            <translation>lēnāk par standartu: %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="279" />
            <source>Review %1 by %2 on %3</source>
            <translation>Vērtējums %1, %2, %3</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="285" />
            <source>Critical: %1</source>
            <translation>Kritiski: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="294" />
            <source>This call has not been transcribed yet.</source>
            <translation>Šis zvans vēl nav atšifrēts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="297" />
            <source>Recording of %1</source>
            <translation>Ieraksts, %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="300" />
            <source>two channels, the agent on the left</source>
            <translation>divi kanāli, darbinieks kreisajā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="301" />
            <source>two channels, the agent on the right</source>
            <translation>divi kanāli, darbinieks labajā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="303" />
            <source>one channel</source>
            <translation>viens kanāls</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="306" />
            <source>Once it is transcribed, its turns appear here.</source>
            <translation>Pēc atšifrēšanas šeit parādīsies replikas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="374" />
            <source>no matches</source>
            <translation>nav atbilstību</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation_view.py" line="377" />
            <source>%1 of %2</source>
            <translation>%1 no %2</translation>
        </message>
    </context>
    <context>
        <name>CriterionRow</name>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="184" />
            <source>Attach evidence (E): the selected turns, or the current moment of the recording</source>
            <extracomment>criterion id, and the answer picked with the mouse criterion id, the comment as typed so far an evidence link was clicked: the Evidence criterion id, the Evidence to take away the row was clicked or its comment box focused: it becomes the current criterion</extracomment>
            <translation>Pievienot pierādījumu (E): atlasītās replikas vai ieraksta pašreizējo brīdi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="208" />
            <source>For example: %1</source>
            <translation>Piemēram: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="211" />
            <source>Critical: answering the lowest point sets the whole review to 0.</source>
            <translation>Kritisks: zemākā atbilde padara visu vērtējumu par 0.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="212" />
            <source>Critical: answering the lowest point sets its section to 0.</source>
            <translation>Kritisks: zemākā atbilde padara tā sadaļu par 0.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="213" />
            <source>Critical: answering the lowest point flags the review.</source>
            <translation>Kritisks: zemākā atbilde atzīmē vērtējumu ar karodziņu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="231" />
            <source>A comment is required for this answer</source>
            <translation>Šai atbildei vajadzīgs komentārs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="238" />
            <source>Comment</source>
            <translation>Komentārs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criterion_row.py" line="303" />
            <source>A comment is required for “%1”: say what happened.</source>
            <translation>Atbildei “%1” vajadzīgs komentārs: aprakstiet, kas notika.</translation>
        </message>
    </context>
    <context>
        <name>DurationEdit</name>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="47" />
            <source>m:ss</source>
            <translation>m:ss</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../reviewer/ui/evidence.py" line="90" />
            <source>Turn %1</source>
            <extracomment>A moment of the recording becomes this much of it: long enough to replay what was said.</extracomment>
            <translation>Replika %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/evidence.py" line="92" />
            <source>(no longer in the conversation)</source>
            <translation>(sarunā vairs nav)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/evidence.py" line="101" />
            <source>From %1 to %2 of the recording</source>
            <translation>Ieraksts no %1 līdz %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/evidence.py" line="107" />
            <source>Remove this evidence</source>
            <translation>Noņemt šo pierādījumu</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="29" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="32" />
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="35" />
            <location filename="../../reviewer/ui/formatting.py" line="49" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="37" />
            <location filename="../../reviewer/ui/formatting.py" line="51" />
            <source>%1 d %2 h</source>
            <translation>%1 d. %2 h</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="100" />
            <source>Call</source>
            <translation>Zvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="101" />
            <source>Chat</source>
            <translation>Tērzēšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="102" />
            <source>E-mail</source>
            <translation>E-pasts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="103" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="109" />
            <source>To transcribe</source>
            <translation>Jāatšifrē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="110" />
            <source>New</source>
            <translation>Jauna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="111" />
            <source>Transcribed</source>
            <translation>Atšifrēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="112" />
            <source>Reviewed</source>
            <translation>Novērtēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="118" />
            <source>agent</source>
            <translation>darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="119" />
            <source>customer</source>
            <translation>klients</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="120" />
            <source>system</source>
            <translation>sistēma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="121" />
            <source>unknown speaker</source>
            <translation>nezināms runātājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="146" />
            <source>Russian</source>
            <translation>krievu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="147" />
            <source>Latvian</source>
            <translation>latviešu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="148" />
            <source>English</source>
            <translation>angļu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="149" />
            <source>Lithuanian</source>
            <translation>lietuviešu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="150" />
            <source>Estonian</source>
            <translation>igauņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="151" />
            <source>Ukrainian</source>
            <translation>ukraiņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/formatting.py" line="152" />
            <source>German</source>
            <translation>vācu</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="44" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="45" />
            <source>Stop after the file being imported</source>
            <translation>Apturēt pēc pašreizējā faila</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="53" />
            <source>Looking for files…</source>
            <translation>Meklē failus…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="65" />
            <source>Imported %1 of %2: %3</source>
            <translation>Importēti %1 no %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="30" />
            <source>Import report</source>
            <translation>Importa pārskats</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="39" />
            <source>%1 imported</source>
            <translation>Importēti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="40" />
            <source>%1 already in the library</source>
            <translation>jau bibliotēkā: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="41" />
            <source>%1 skipped</source>
            <translation>izlaisti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="42" />
            <source>%1 failed</source>
            <translation>ar kļūdu: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="45" />
            <source>No files were found.</source>
            <translation>Faili netika atrasti.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="47" />
            <source>Import cancelled; the files below were done before it stopped.</source>
            <translation>Imports atcelts; zemāk redzamie faili tika apstrādāti pirms apturēšanas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="51" />
            <source>File</source>
            <translation>Fails</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="51" />
            <source>Result</source>
            <translation>Rezultāts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="51" />
            <source>Details</source>
            <translation>Sīkāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="86" />
            <source>Imported</source>
            <translation>Importēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="87" />
            <source>Already in the library</source>
            <translation>Jau bibliotēkā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="88" />
            <source>Skipped</source>
            <translation>Izlaists</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="89" />
            <source>Failed</source>
            <translation>Kļūda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="97" />
            <source>1 conversation</source>
            <translation>Sarunas: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="99" />
            <source>%1 conversations</source>
            <translation>Sarunas: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/import_report.py" line="101" />
            <source>%1 turns</source>
            <translation>replikas: %1</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="154" />
            <source>Conversation</source>
            <translation>Saruna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="155" />
            <source>Progress</source>
            <translation>Izpilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="156" />
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="157" />
            <source>State</source>
            <translation>Stāvoklis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="180" />
            <source>Conversation %1: %2</source>
            <translation>Saruna %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="184" />
            <source>Stop this transcription (what is done so far is kept)</source>
            <translation>Apturēt atšifrēšanu (jau paveiktais tiks saglabāts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="199" />
            <source>Waiting</source>
            <translation>Gaida</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="201" />
            <source>Transcribing</source>
            <translation>Atšifrē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="201" />
            <source>Starting…</source>
            <translation>Sāk…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="203" />
            <source>Cancelling…</source>
            <translation>Atceļ…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="205" />
            <source>Done</source>
            <translation>Gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="207" />
            <source>Cancelled</source>
            <translation>Atcelts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="209" />
            <source>Failed: %1</source>
            <translation>Neizdevās: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="211" />
            <source>Interrupted: %1</source>
            <translation>Pārtraukts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="216" />
            <source>took %1</source>
            <translation>ilga %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="221" />
            <source>estimating…</source>
            <translation>novērtē…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_model.py" line="223" />
            <source>%1 left</source>
            <translation>vēl %1</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="117" />
            <source>Transcription</source>
            <extracomment>the reviewer wants a job's conversation (double click): its id</extracomment>
            <translation>Atšifrēšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="139" />
            <source>Cancel All</source>
            <translation>Atcelt visus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="140" />
            <source>Stop the running transcription and withdraw the waiting ones</source>
            <translation>Apturēt pašreizējo atšifrēšanu un atsaukt gaidošās</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="142" />
            <source>Clear Finished</source>
            <translation>Notīrīt pabeigtos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="143" />
            <source>Remove the finished, failed and cancelled jobs from this list</source>
            <translation>Izņemt no saraksta pabeigtos, neizdevušos un atceltos darbus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="204" />
            <source>Transcribing: %1</source>
            <translation>Atšifrē: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="205" />
            <source>Waiting: %1</source>
            <translation>Gaida: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="206" />
            <source>Done: %1</source>
            <translation>Gatavi: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="207" />
            <source>Failed: %1</source>
            <translation>Neizdevās: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="208" />
            <source>Cancelled: %1</source>
            <translation>Atcelti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="209" />
            <source>Interrupted: %1</source>
            <translation>Pārtraukti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs_panel.py" line="214" />
            <source>No transcriptions</source>
            <translation>Nav atšifrēšanas darbu</translation>
        </message>
    </context>
    <context>
        <name>KindChoice</name>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="64" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="65" />
            <source>Test call</source>
            <translation>Kontrolzvans</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="170" />
            <source>Date</source>
            <extracomment>the number of conversations that match the filter (not just the loaded rows)</extracomment>
            <translation>Datums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="171" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="172" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="173" />
            <source>Conversation</source>
            <translation>Saruna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="174" />
            <source>Duration</source>
            <translation>Ilgums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="175" />
            <source>Lang.</source>
            <translation>Val.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="176" />
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="177" />
            <source>Score</source>
            <translation>Vērtējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="180" />
            <source>Score of the latest submitted review</source>
            <translation>Pēdējās iesniegtās pārbaudes vērtējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="182" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="206" />
            <source>The source has no date</source>
            <translation>Avotā nav datuma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="229" />
            <source>no date</source>
            <translation>bez datuma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="252" />
            <source>Not reviewed yet</source>
            <translation>Vēl nav pārbaudīta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="254" />
            <source>Latest submitted review; a critical criterion failed</source>
            <translation>Pēdējā pārbaude; neizpildīts kritisks kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_model.py" line="255" />
            <source>Latest submitted review</source>
            <translation>Pēdējā iesniegtā pārbaude</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="65" />
            <source>Search transcripts</source>
            <extracomment>the columns a narrow table hides first (the conversation pane shows them for the open one) the conversation the reviewer is looking at (its id), or None</extracomment>
            <translation>Meklēt tekstos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="69" />
            <source>Conversations with a turn that contains all these words</source>
            <translation>Sarunas, kurās kāda replika satur visus šos vārdus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="76" />
            <source>All channels</source>
            <translation>Visi kanāli</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="80" />
            <source>All statuses</source>
            <translation>Visi statusi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="85" />
            <source>Any date</source>
            <translation>Jebkurš datums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="86" />
            <source>Last 7 days</source>
            <translation>Pēdējās 7 dienas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="87" />
            <source>Last 30 days</source>
            <translation>Pēdējās 30 dienas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="88" />
            <source>This month</source>
            <translation>Šis mēnesis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="89" />
            <source>Date range…</source>
            <translation>Periods…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="95" />
            <source>From this day</source>
            <translation>No šīs dienas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="96" />
            <source>To this day, inclusive</source>
            <translation>Līdz šai dienai ieskaitot</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="98" />
            <source>Clear filters</source>
            <translation>Notīrīt filtrus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="215" />
            <source>All employees</source>
            <translation>Visi darbinieki</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="285" />
            <source>%1 matching conversations</source>
            <translation>Atrastas sarunas: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="287" />
            <source>1 matching conversation</source>
            <translation>Atrastas sarunas: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="289" />
            <source>%1 conversations</source>
            <translation>Sarunas: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="291" />
            <source>1 conversation</source>
            <translation>Sarunas: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="297" />
            <source>No conversation matches these filters.</source>
            <translation>Nav sarunu, kas atbilst šiem filtriem.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="300" />
            <source>No conversations yet.

Import calls, chats or e-mails with File → Import, or drop files or folders here.</source>
            <translation>Sarunu vēl nav.

Importējiet zvanus, tērzēšanas vai e-pastus ar Fails → Importēt vai ievelciet šeit failus vai mapes.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="362" />
            <location filename="../../reviewer/ui/library_view.py" line="364" />
            <source>Show Only %1</source>
            <translation>Rādīt tikai: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library_view.py" line="367" />
            <source>Clear Filters</source>
            <translation>Notīrīt filtrus</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="84" />
            <source>Reviewer — %1</source>
            <extracomment>an import ended: its results (reviewer.importing.FileResult) and whether it was cancelled</extracomment>
            <translation>Reviewer — %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="149" />
            <source>Import &amp;Files…</source>
            <translation>Importēt &amp;failus…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="151" />
            <source>Import recordings, chat exports or e-mails</source>
            <translation>Importēt ierakstus, tērzēšanas eksportus vai e-pastus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="153" />
            <source>Import F&amp;older…</source>
            <translation>Importēt &amp;mapi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="155" />
            <source>Import everything in a folder and its subfolders</source>
            <translation>Importēt visu no mapes un tās apakšmapēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="157" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atsvaidzināt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="160" />
            <source>&amp;Find in Conversation</source>
            <translation>Meklēt &amp;sarunā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="163" />
            <source>&amp;Search the Library</source>
            <translation>Meklēt &amp;bibliotēkā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="166" />
            <source>&amp;Quit</source>
            <translation>&amp;Iziet</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="169" />
            <source>&amp;Reports…</source>
            <translation>&amp;Pārskati…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="171" />
            <source>Coaching reports, scorecards, team summaries and score exports</source>
            <translation>Apmācības pārskati, vērtējumu kartītes, komandas kopsavilkumi un vērtējumu eksports</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="173" />
            <source>&amp;Speech Model…</source>
            <translation>&amp;Runas atpazīšanas modelis…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="174" />
            <source>Choose or download the model that transcribes calls</source>
            <translation>Izvēlēties vai lejupielādēt modeli, kas atšifrē zvanus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="176" />
            <source>&amp;About Reviewer</source>
            <translation>&amp;Par Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="178" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Īsinājumtaus&amp;tiņi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="184" />
            <source>&amp;File</source>
            <translation>&amp;Fails</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="194" />
            <source>&amp;View</source>
            <translation>&amp;Skats</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="198" />
            <source>&amp;Transcription</source>
            <translation>&amp;Atšifrēšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="199" />
            <source>&amp;Settings</source>
            <translation>&amp;Iestatījumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="201" />
            <source>&amp;Help</source>
            <translation>&amp;Palīdzība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="205" />
            <source>Main</source>
            <translation>Galvenā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="223" />
            <source>Library: %1</source>
            <translation>Bibliotēka: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="244" />
            <source>About Reviewer</source>
            <translation>Par Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="245" />
            <source>Reviewer %1

Offline quality review of customer conversations: calls, chats, e-mails and mystery-shopper visits.</source>
            <translation>Reviewer %1

Klientu sarunu kvalitātes pārbaude bezsaistē: zvani, tērzēšanas, e-pasti un slepeno pircēju apmeklējumi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="261" />
            <source>Report saved: %1</source>
            <translation>Pārskats saglabāts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="287" />
            <source>Calls will be transcribed with %1</source>
            <translation>Zvani tiks atšifrēti ar modeli %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="289" />
            <source>Calls will be transcribed with the embedded model</source>
            <translation>Zvani tiks atšifrēti ar iebūvēto modeli</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="313" />
            <source>Import conversations</source>
            <translation>Importēt sarunas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="315" />
            <source>Conversations (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;All files (*)</source>
            <translation>Sarunas (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;Visi faili (*)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="322" />
            <source>Import a folder</source>
            <translation>Importēt mapi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="340" />
            <source>Cancelling after the current file…</source>
            <translation>Atceļ pēc pašreizējā faila…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="352" />
            <source>Import finished: %1 files imported</source>
            <translation>Imports pabeigts, importēti faili: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="365" />
            <source>%1 interrupted transcriptions will continue where they stopped when run again</source>
            <translation>Pārtrauktās atšifrēšanas turpināsies no vietas, kur apstājās, kad tās palaidīs vēlreiz: %1</translation>
        </message>
    </context>
    <context>
        <name>ModelDialog</name>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="87" />
            <source>Speech model</source>
            <extracomment>bytes done, bytes in all model name, ok, cancelled, message (the reason, when not ok) the model the user chose (a name, or a folder path; "" is the embedded model) a download ended: model name, ok, cancelled, message</extracomment>
            <translation>Runas atpazīšanas modelis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="97" />
            <source>Calls are transcribed on this computer. The embedded model is always available; bigger models recognise speech better, especially Russian and Latvian, but are slower and must be downloaded once.</source>
            <translation>Zvani tiek atšifrēti šajā datorā. Iebūvētais modelis ir pieejams vienmēr; lielāki modeļi runu atpazīst labāk, īpaši krievu un latviešu valodā, taču darbojas lēnāk, un tie vienreiz jālejupielādē.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="105" />
            <source>Model</source>
            <translation>Modelis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="105" />
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="105" />
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="116" />
            <source>Download</source>
            <translation>Lejupielādēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="118" />
            <source>Choose folder…</source>
            <translation>Izvēlēties mapi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="123" />
            <source>Cancel download</source>
            <translation>Atcelt lejupielādi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="138" />
            <source>Use this model</source>
            <translation>Izmantot šo modeli</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="153" />
            <source>Embedded, ready</source>
            <translation>Iebūvēts, gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="153" />
            <source>Not installed</source>
            <translation>Nav instalēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="155" />
            <source>Downloaded, ready</source>
            <translation>Lejupielādēts, gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="157" />
            <source>Folder, ready</source>
            <translation>Mape, gatava</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="157" />
            <source>Folder, not usable</source>
            <translation>Mape, nav izmantojama</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="158" />
            <source>Not downloaded</source>
            <translation>Nav lejupielādēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="175" />
            <source>{name} (embedded)</source>
            <translation>{name} (iebūvētais)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="177" />
            <source>{label} (in use)</source>
            <translation>{label} (tiek izmantots)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="220" />
            <source>Choose a speech model folder</source>
            <translation>Izvēlieties runas atpazīšanas modeļa mapi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="229" />
            <source>This folder cannot be used: {reason}</source>
            <translation>Šo mapi nevar izmantot: {reason}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="255" />
            <source>Downloading {name}…</source>
            <translation>Lejupielādē modeli {name}…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="262" />
            <source>Stopping the download…</source>
            <translation>Aptur lejupielādi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="277" />
            <source>{name} is ready.</source>
            <translation>Modelis {name} ir gatavs.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="280" />
            <source>Download of {name} stopped. Downloading it again continues where it stopped.</source>
            <translation>Modeļa {name} lejupielāde apturēta. Atkārtota lejupielāde turpināsies no vietas, kur tā apstājās.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/model_dialog.py" line="285" />
            <source>Download of {name} failed: {reason}</source>
            <translation>Neizdevās lejupielādēt modeli {name}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PersonaBox</name>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="89" />
            <source>— not played —</source>
            <translation>— netika spēlēta —</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="90" />
            <source>Doesn't know what they need</source>
            <translation>Nezina, ko grib</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="91" />
            <source>Knows better</source>
            <translation>Zina labāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="92" />
            <source>Rude</source>
            <translation>Rupjš</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="93" />
            <source>Offended / suspicious</source>
            <translation>Aizvainots / aizdomīgs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="94" />
            <source>Other (describe)</source>
            <translation>Cita (aprakstiet)</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="60" />
            <source>Play or pause the recording</source>
            <extracomment>the player's position after a seek (seek bar, keys, a clicked turn, the view's seek_to_*), ms</extracomment>
            <translation>Atskaņot vai apturēt ierakstu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="61" />
            <source>Back 5 seconds</source>
            <translation>Atpakaļ par 5 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="62" />
            <source>Forward 5 seconds</source>
            <translation>Uz priekšu par 5 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="63" />
            <source>Previous turn (the start of this one when well into it)</source>
            <translation>Iepriekšējā replika (vai pašreizējās sākums, ja tā jau ir sākusies)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="65" />
            <source>Next turn</source>
            <translation>Nākamā replika</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="66" />
            <source>Play faster</source>
            <translation>Ātrāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/playback.py" line="67" />
            <source>Play slower</source>
            <translation>Lēnāk</translation>
        </message>
    </context>
    <context>
        <name>PlayerBar</name>
        <message>
            <location filename="../../reviewer/ui/player.py" line="105" />
            <source>Back 5 seconds (%1)</source>
            <extracomment>the position moved (playing, or after a seek), ms the user sent the player somewhere (seek bar, skip, a turn), ms playing (True) or paused/stopped (False)</extracomment>
            <translation>Atpakaļ par 5 sekundēm (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="107" />
            <location filename="../../reviewer/ui/player.py" line="302" />
            <source>Play (%1)</source>
            <translation>Atskaņot (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="110" />
            <source>Forward 5 seconds (%1)</source>
            <translation>Uz priekšu par 5 sekundēm (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="113" />
            <source>Position / length of the recording</source>
            <translation>Pozīcija / ieraksta garums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="121" />
            <source>Playback speed (%1 faster, %2 slower)</source>
            <translation>Atskaņošanas ātrums (%1 — ātrāk, %2 — lēnāk)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="123" />
            <source>Playback speed</source>
            <translation>Atskaņošanas ātrums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="125" />
            <location filename="../../reviewer/ui/player.py" line="265" />
            <source>Mute</source>
            <translation>Izslēgt skaņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="175" />
            <source>The recording is missing: %1</source>
            <translation>Ieraksts nav atrasts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="265" />
            <source>Unmute</source>
            <translation>Ieslēgt skaņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="302" />
            <source>Pause (%1)</source>
            <translation>Pauze (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="311" />
            <source>Cannot play %1: %2</source>
            <translation>Nevar atskaņot %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/player.py" line="317" />
            <source>No sound output: playing silently</source>
            <translation>Nav skaņas izvades ierīces: atskaņo bez skaņas</translation>
        </message>
    </context>
    <context>
        <name>RecorderWidget</name>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="133" />
            <source>The microphone to record with</source>
            <extracomment>the file a recording is being written to reviewer.recording.RecordingResult of a recording that was stopped a recording could not start or broke off: the message shown</extracomment>
            <translation>Mikrofons ierakstīšanai</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="138" />
            <source>Look for microphones again (after plugging one in)</source>
            <translation>Meklēt mikrofonus vēlreiz (pēc jauna pievienošanas)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="141" />
            <source>Record</source>
            <translation>Ierakstīt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="142" />
            <source>Start recording; the file is saved in the library as it is recorded</source>
            <translation>Sākt ierakstu; fails tiek saglabāts bibliotēkā ierakstīšanas laikā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="145" />
            <location filename="../../reviewer/ui/recorder_widget.py" line="328" />
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="148" />
            <source>Stop</source>
            <translation>Apturēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="149" />
            <source>Finish the recording and attach it to the visit</source>
            <translation>Pabeigt ierakstu un pievienot to apmeklējumam</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="154" />
            <source>Length of the recording so far</source>
            <translation>Ieraksta garums līdz šim</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="156" />
            <source>Input level: speech should move the bar into the green, not the red</source>
            <translation>Ieejas līmenis: runai josla jāaizved līdz zaļajai zonai, bet ne līdz sarkanajai</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="202" />
            <source>%1 — system default</source>
            <translation>%1 — sistēmas noklusējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="209" />
            <source>No microphone was found. Connect one and press %1 to look again; everything else in the form works without it.</source>
            <translation>Mikrofons nav atrasts. Pievienojiet to un nospiediet %1, lai meklētu vēlreiz; viss pārējais veidlapā darbojas arī bez tā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="215" />
            <source>No input device</source>
            <translation>Nav ieraksta ierīces</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="286" />
            <source>The microphone has stopped sending sound. Check that it is still connected; what was recorded so far is kept.</source>
            <translation>Mikrofons vairs nesūta skaņu. Pārbaudiet, vai tas joprojām ir pievienots; līdz šim ierakstītais ir saglabāts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="296" />
            <source>Recording is not available on this computer: the PortAudio sound library is not installed. Everything else in the form works.</source>
            <translation>Ierakstīšana šajā datorā nav pieejama: nav instalēta skaņas bibliotēka PortAudio. Viss pārējais veidlapā darbojas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="298" />
            <source>No microphone was found, or the chosen one is gone. Connect one and press %1 to look again.</source>
            <translation>Mikrofons nav atrasts, vai izvēlētais ir atvienots. Pievienojiet mikrofonu un nospiediet %1, lai meklētu vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="300" />
            <source>The microphone is busy: another program is using it. Close that program and press Record again.</source>
            <translation>Mikrofons ir aizņemts: to izmanto cita programma. Aizveriet to un vēlreiz nospiediet “Ierakstīt”.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="302" />
            <source>The microphone could not be used: %1</source>
            <translation>Mikrofonu neizdevās izmantot: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="303" />
            <source>The recording could not be written: %1</source>
            <translation>Ierakstu neizdevās saglabāt failā: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="328" />
            <source>Resume</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="332" />
            <source>Paused</source>
            <translation>Pauzēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/recorder_widget.py" line="335" />
            <source>Recording</source>
            <translation>Notiek ierakstīšana</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="112" />
            <source>Reports</source>
            <extracomment>the file written why no file was written (the message names the problem)</extracomment>
            <translation>Pārskati</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="119" />
            <source>Coaching report for an employee (PDF)</source>
            <translation>Darbinieka apmācības pārskats (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="120" />
            <source>Scorecard of one review (PDF)</source>
            <translation>Viena vērtējuma kartīte (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="121" />
            <source>Team summary (PDF)</source>
            <translation>Komandas kopsavilkums (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="122" />
            <source>All scores for spreadsheets (CSV)</source>
            <translation>Visi vērtējumi izklājlapām (CSV)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="128" />
            <source>Only reviews submitted from</source>
            <translation>Tikai vērtējumi, kas iesniegti no</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="140" />
            <source>Choose…</source>
            <translation>Izvēlēties…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="142" />
            <source>Open the file when it is ready</source>
            <translation>Atvērt failu, kad tas būs gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="153" />
            <source>to</source>
            <translation>līdz</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="160" />
            <source>Report:</source>
            <translation>Pārskats:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="161" />
            <source>Employee:</source>
            <translation>Darbinieks:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="162" />
            <source>Review number:</source>
            <translation>Vērtējuma numurs:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="163" />
            <source>Period:</source>
            <translation>Periods:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="164" />
            <source>Rubric:</source>
            <translation>Anketa:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="165" />
            <source>Language of headings:</source>
            <translation>Virsrakstu valoda:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="166" />
            <source>Save as:</source>
            <translation>Saglabāt kā:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="171" />
            <source>Generate</source>
            <translation>Izveidot</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="172" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="204" />
            <source>All rubrics</source>
            <translation>Visas anketas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="230" />
            <source>Save the report as</source>
            <translation>Saglabāt pārskatu kā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="231" />
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="231" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF faili (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="241" />
            <source>Choose where to save the report.</source>
            <translation>Izvēlieties, kur saglabāt pārskatu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="245" />
            <source>The folder {0} does not exist.</source>
            <translation>Mape {0} neeksistē.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="248" />
            <source>There are no employees in this library yet.</source>
            <translation>Šajā bibliotēkā vēl nav darbinieku.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="255" />
            <source>The period starts after it ends.</source>
            <translation>Perioda sākums ir vēlāks par beigām.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="286" />
            <source>Making the report…</source>
            <translation>Veido pārskatu…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="293" />
            <source>Cancelling…</source>
            <translation>Atceļ…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="318" />
            <source>Saved {0}</source>
            <translation>Saglabāts: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="325" />
            <source>No report was made: {0}</source>
            <translation>Pārskats netika izveidots: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports_dialog.py" line="329" />
            <source>Cancelled; no file was written.</source>
            <translation>Atcelts; fails netika ierakstīts.</translation>
        </message>
    </context>
    <context>
        <name>ReviewHistory</name>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="64" />
            <source>%1 started the review</source>
            <extracomment>the id of another reviewer's review to look at</extracomment>
            <translation>%1 sāka vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="73" />
            <source>History (%1)</source>
            <translation>Vēsture (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="91" />
            <source>no answer</source>
            <translation>nav atbildes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="102" />
            <source>%1 submitted the review</source>
            <translation>%1 iesniedza vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="104" />
            <source>%1 reopened the review</source>
            <translation>%1 atkārtoti atvēra vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="107" />
            <source>%1 changed “%2” from %3 to %4</source>
            <translation>%1 mainīja “%2”: %3 → %4</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="111" />
            <source>%1 changed the comment on “%2”: %3</source>
            <translation>%1 mainīja komentāru pie “%2”: %3</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="112" />
            <source>removed</source>
            <translation>noņemts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="114" />
            <source>%1 changed the evidence of “%2” (now %3)</source>
            <translation>%1 mainīja pierādījumus pie “%2” (tagad %3)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="124" />
            <source>submitted %1</source>
            <translation>iesniegts %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="126" />
            <source>draft</source>
            <translation>melnraksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/review_history.py" line="130" />
            <source>Other reviews:</source>
            <translation>Citi vērtējumi:</translation>
        </message>
    </context>
    <context>
        <name>ScoringHeader</name>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="39" />
            <source>This rubric asks for a comment on every lowest answer, saying what happened.</source>
            <extracomment>a rubric was picked in the box (before scoring started) "change" next to the reviewer's name "Back to yours" while another reviewer's review is shown</extracomment>
            <translation>Šī anketa prasa komentāru pie katras zemākās atbildes: kas notika.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="64" />
            <source>The rubric of a review cannot change once scoring has started</source>
            <translation>Vērtējuma anketu nevar mainīt, kad vērtēšana ir sākta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="71" />
            <source>%1 of %2 criteria answered</source>
            <translation>Atbildēti kritēriji: %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="79" />
            <source>Reviewer: %1</source>
            <translation>Vērtētājs: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="81" />
            <source>change</source>
            <translation>mainīt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="85" />
            <source>Not started: the first answer starts a draft, saved as you go.</source>
            <translation>Nav sākts: pirmā atbilde izveido melnrakstu, kas tiek saglabāts darba gaitā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="87" />
            <source>Submitted %1. Read-only until reopened.</source>
            <translation>Iesniegts %1. Tikai lasīšanai, līdz to atkārtoti atver.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="89" />
            <source>Reopened: changes are kept in the history. Saved %1.</source>
            <translation>Atkārtoti atvērts: izmaiņas tiek saglabātas vēsturē. Saglabāts %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="92" />
            <source>Draft, saved %1.</source>
            <translation>Melnraksts, saglabāts %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="95" />
            <source>Back to yours</source>
            <translation>Atpakaļ pie sava</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_header.py" line="96" />
            <source>This is another reviewer's review.</source>
            <translation>Šis ir cita vērtētāja vērtējums.</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="75" />
            <source>Submit</source>
            <extracomment>an evidence link was clicked: the Evidence (main_window seeks the conversation view) a review of this conversation (its id) was submitted or reopened: the library row changed</extracomment>
            <translation>Iesniegt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="76" />
            <source>Make the review final (Ctrl+Enter)</source>
            <translation>Padarīt vērtējumu galīgu (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="79" />
            <source>Reopen</source>
            <translation>Atvērt atkārtoti</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="80" />
            <source>Make the submitted review editable again; changes are kept in its history</source>
            <translation>Atkal ļaut labot iesniegto vērtējumu; izmaiņas tiek saglabātas tā vēsturē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="163" />
            <source>Your name</source>
            <translation>Jūsu vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="163" />
            <source>The name recorded on your reviews:</source>
            <translation>Vārds, kas tiek ierakstīts jūsu vērtējumos:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="182" />
            <source>Select a conversation to score it.</source>
            <translation>Izvēlieties sarunu, lai to novērtētu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="192" />
            <source>No rubric fits this conversation's channel (%1). Put one in %2.</source>
            <translation>Šīs sarunas kanālam (%1) nav anketas. Ievietojiet to mapē %2.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="315" />
            <source>This review is submitted: reopen it to change its answers.</source>
            <translation>Šis vērtējums ir iesniegts: atveriet to atkārtoti, lai mainītu atbildes.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="362" />
            <source>Select turns in the transcript, or play the recording, then attach them as evidence.</source>
            <translation>Atlasiet replikas atšifrējumā vai atskaņojiet ierakstu, tad pievienojiet tos kā pierādījumu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="392" />
            <source>Submitted. The review is read-only until you reopen it.</source>
            <translation>Iesniegts. Vērtējumu var tikai lasīt, līdz jūs to atkārtoti atverat.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_panel.py" line="398" />
            <source>Reopened: your changes will be kept in the review's history.</source>
            <translation>Atkārtoti atvērts: jūsu izmaiņas tiks saglabātas vērtējuma vēsturē.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="106" />
            <source>the review scores 0</source>
            <translation>vērtējums ir 0</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="107" />
            <source>its section scores 0</source>
            <translation>tā sadaļa ir 0</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="108" />
            <source>the review is flagged</source>
            <translation>vērtējums atzīmēts ar karodziņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="110" />
            <source>Critical failed: %1 (%2)</source>
            <translation>Neizpildīts kritisks kritērijs: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="119" />
            <source>and %1 more</source>
            <translation>un vēl %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="135" />
            <source>The review cannot be submitted yet.</source>
            <translation>Vērtējumu vēl nevar iesniegt.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="139" />
            <source>Not answered (%1 of %2):</source>
            <translation>Bez atbildes (%1 no %2):</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring_support.py" line="143" />
            <source>A comment saying why is required for:</source>
            <translation>Vajadzīgs komentārs ar paskaidrojumu pie:</translation>
        </message>
    </context>
    <context>
        <name>SectionHeader</name>
        <message>
            <location filename="../../reviewer/ui/criteria_list.py" line="47" />
            <source>No criterion of this section counts yet</source>
            <translation>Šajā sadaļā vēl netiek ieskaitīts neviens kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/criteria_list.py" line="51" />
            <source>Set to 0 by a failed critical criterion</source>
            <translation>Kļuvis par 0 neizpildīta kritiska kritērija dēļ</translation>
        </message>
    </context>
    <context>
        <name>SeekBar</name>
        <message>
            <location filename="../../reviewer/ui/seek_bar.py" line="41" />
            <source>Position in the recording</source>
            <extracomment>Lanes from top to bottom; a lane is drawn only when the conversation has turns of that role. the user asked to go to this position (ms)</extracomment>
            <translation>Pozīcija ierakstā</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="47" />
            <source>Keyboard Shortcuts</source>
            <extracomment>property naming the section of a shortcut or action outside the menus: "player", "transcript", "search", "scoring" or any title to show as it is</extracomment>
            <translation>Īsinājumtaustiņi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="51" />
            <source>Filter: type a key or a word</source>
            <translation>Filtrs: ierakstiet taustiņu vai vārdu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="57" />
            <source>Keys</source>
            <translation>Taustiņi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="57" />
            <source>Action</source>
            <translation>Darbība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="66" />
            <source>Click a turn to play the call from there; Ctrl+click or Shift+click selects several turns. Keys typed into a text field stay there: Space types a space.</source>
            <translation>Noklikšķiniet uz replikas, lai atskaņotu zvanu no turienes; Ctrl+klikšķis vai Shift+klikšķis atlasa vairākas replikas. Teksta laukā nospiestie taustiņi paliek tajā: atstarpe ievada atstarpi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="71" />
            <source>Close</source>
            <translation>Aizvērt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="85" />
            <source>Player</source>
            <translation>Atskaņotājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="86" />
            <source>Transcript</source>
            <translation>Atšifrējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="87" />
            <source>Find in the conversation</source>
            <translation>Meklēšana sarunā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="88" />
            <source>Seek bar (when it has the focus)</source>
            <translation>Pārtīšanas josla (kad tā ir fokusā)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="89" />
            <source>Scoring (in the criteria list)</source>
            <translation>Vērtēšana (kritēriju sarakstā)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="90" />
            <source>Transcription jobs</source>
            <translation>Atšifrēšanas uzdevumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="142" />
            <source>Previous or next criterion</source>
            <translation>Iepriekšējais vai nākamais kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="143" />
            <source>Previous or next section</source>
            <translation>Iepriekšējā vai nākamā sadaļa</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="144" />
            <source>Answer yes, partly or no</source>
            <translation>Atbilde “jā”, “daļēji” vai “nē”</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="145" />
            <source>That point of a rating or points scale</source>
            <translation>Šis skalas vērtējums vai punkts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="146" />
            <source>Not applicable, where allowed</source>
            <translation>Nav attiecināms, kur tas atļauts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="147" />
            <source>Clear the answer</source>
            <translation>Notīrīt atbildi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="148" />
            <source>Write a comment (Esc leaves it)</source>
            <translation>Rakstīt komentāru (Esc — iziet no tā)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="149" />
            <source>Attach the selected turns or the moment playing as evidence</source>
            <translation>Pievienot atlasītās replikas vai atskaņoto brīdi kā pierādījumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="150" />
            <source>Submit the review</source>
            <translation>Iesniegt vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="151" />
            <source>Cancel the selected transcriptions</source>
            <translation>Atcelt atlasītās atšifrēšanas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="91" />
            <source>Other</source>
            <translation>Citi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="135" />
            <source>Next match</source>
            <translation>Nākamā atbilstība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="136" />
            <source>Previous match</source>
            <translation>Iepriekšējā atbilstība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="137" />
            <source>Clear the search</source>
            <translation>Notīrīt meklēšanu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="138" />
            <source>Back or forward 5 seconds</source>
            <translation>Atpakaļ vai uz priekšu par 5 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="139" />
            <source>Back or forward 30 seconds</source>
            <translation>Atpakaļ vai uz priekšu par 30 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="140" />
            <source>The start or the end of the recording</source>
            <translation>Ieraksta sākums vai beigas</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionControl</name>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="40" />
            <source>&amp;Transcribe Selected</source>
            <translation>&amp;Atšifrēt atlasītās</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="41" />
            <source>Transcribe</source>
            <translation>Atšifrēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="44" />
            <source>Transcribe the recordings of the selected calls on this computer (Ctrl+T)</source>
            <translation>Atšifrēt atlasīto zvanu ierakstus šajā datorā (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="47" />
            <source>Transcribe All &amp;Pending</source>
            <translation>Atšifrēt visus &amp;gaidošos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="48" />
            <source>Transcribe Pending</source>
            <translation>Atšifrēt gaidošos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="51" />
            <source>Transcribe every call that is waiting for a transcript (Ctrl+Shift+T)</source>
            <translation>Atšifrēt visus zvanus, kas gaida atšifrējumu (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="54" />
            <source>&amp;Cancel Transcription</source>
            <translation>&amp;Atcelt atšifrēšanu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="55" />
            <source>Stop transcribing the selected conversations</source>
            <translation>Apturēt atlasīto sarunu atšifrēšanu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="58" />
            <source>Transcription &amp;Jobs</source>
            <translation>Atšifrēšanas &amp;darbi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="61" />
            <source>Show or hide the transcription jobs (Ctrl+J)</source>
            <translation>Rādīt vai slēpt atšifrēšanas darbus (Ctrl+J)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="75" />
            <source>Select the calls to transcribe first</source>
            <translation>Vispirms atlasiet atšifrējamos zvanus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="79" />
            <source>None of the selected conversations has a recording to transcribe</source>
            <translation>Nevienai no atlasītajām sarunām nav ieraksta, ko atšifrēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="91" />
            <source>No call is waiting for a transcript</source>
            <translation>Neviens zvans negaida atšifrējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="98" />
            <source>Transcribe again?</source>
            <translation>Atšifrēt vēlreiz?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="99" />
            <source>Selected conversations that already have a transcript: %1. Transcribe them again? Their turns, with any corrections made to them, will be replaced.</source>
            <translation>Atlasītās sarunas, kurām jau ir atšifrējums: %1. Atšifrēt tās vēlreiz? To replikas kopā ar visiem labojumiem tiks aizstātas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="116" />
            <source>Conversations that cannot be transcribed: %1</source>
            <translation>Sarunas, kuras nevar atšifrēt: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="109" />
            <source>Transcriptions waiting or running: %1</source>
            <translation>Atšifrēšanas darbi rindā vai procesā: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="114" />
            <source>… and %1 more</source>
            <translation>… un vēl %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="115" />
            <source>Not transcribed</source>
            <translation>Nav atšifrēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="130" />
            <source>The selected conversations are not being transcribed</source>
            <translation>Atlasītās sarunas pašlaik netiek atšifrētas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="166" />
            <source>Transcription of %1 failed: %2</source>
            <translation>Neizdevās atšifrēt „%1”: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcription_control.py" line="168" />
            <source>Transcriptions finished</source>
            <translation>Atšifrēšana pabeigta</translation>
        </message>
    </context>
    <context>
        <name>TurnActions</name>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="44" />
            <source>&amp;Play From Here</source>
            <extracomment>turns were corrected: their rows (already shown as saved) "Play From Here" on this row</extracomment>
            <translation>&amp;Atskaņot no šejienes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="45" />
            <source>&amp;Edit Turn…</source>
            <translation>&amp;Labot repliku…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="46" />
            <source>Speaker: &amp;Agent</source>
            <translation>Runātājs: &amp;darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="47" />
            <source>Speaker: &amp;Customer</source>
            <translation>Runātājs: &amp;klients</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="49" />
            <source>&amp;Revert to Original</source>
            <translation>&amp;Atjaunot oriģinālu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="50" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_actions.py" line="178" />
            <source>The turn was not changed</source>
            <translation>Replika netika mainīta</translation>
        </message>
    </context>
    <context>
        <name>TurnDelegate</name>
        <message>
            <location filename="../../reviewer/ui/transcript.py" line="294" />
            <location filename="../../reviewer/ui/transcript.py" line="378" />
            <source>edited</source>
            <translation>labots</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcript.py" line="299" />
            <location filename="../../reviewer/ui/transcript.py" line="409" />
            <source>reply %1</source>
            <translation>atbilde %1</translation>
        </message>
    </context>
    <context>
        <name>TurnEditorDialog</name>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="54" />
            <location filename="../../reviewer/ui/turn_editor.py" line="79" />
            <source>Edit Turn</source>
            <translation>Labot repliku</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="55" />
            <source>This turn is no longer in the conversation; it may have been transcribed again.</source>
            <translation>Šīs replikas sarunā vairs nav: iespējams, tā ir atšifrēta no jauna.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="94" />
            <source>&amp;Text:</source>
            <translation>&amp;Teksts:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="99" />
            <source>&amp;Agent</source>
            <translation>&amp;Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="100" />
            <source>&amp;Customer</source>
            <translation>&amp;Klients</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="101" />
            <source>&amp;Unknown</source>
            <translation>&amp;Nezināms</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="104" />
            <source>S&amp;ystem</source>
            <translation>S&amp;istēma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="107" />
            <source>Speaker:</source>
            <translation>Runātājs:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="124" />
            <source>Speaker: %1</source>
            <translation>Runātājs: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="140" />
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="141" />
            <source>Save the correction (Ctrl+Enter)</source>
            <translation>Saglabāt labojumu (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="142" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="144" />
            <source>&amp;Revert to Original</source>
            <translation>&amp;Atjaunot oriģinālu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="146" />
            <source>Put back the original text and speaker</source>
            <translation>Atjaunot sākotnējo tekstu un runātāju</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="154" />
            <source>Ctrl+Enter saves. The original stays in the library and can be put back at any time.</source>
            <translation>Ctrl+Enter saglabā. Oriģināls paliek bibliotēkā, un to jebkurā brīdī var atjaunot.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="191" />
            <source>Original transcript</source>
            <translation>Sākotnējais atšifrējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="192" />
            <source>Original text</source>
            <translation>Sākotnējais teksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="200" />
            <source>Edited by %1, %2</source>
            <translation>Laboja %1, %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="201" />
            <source>Edited %1</source>
            <translation>Labots %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="248" />
            <source>The text cannot be empty. Type what was said, or revert to the original.</source>
            <translation>Teksts nevar būt tukšs. Ierakstiet, kas tika teikts, vai atjaunojiet oriģinālu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/turn_editor.py" line="266" />
            <source>The turn was not saved: %1</source>
            <translation>Replika netika saglabāta: %1</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <location filename="../../reviewer/ui/transcript.py" line="210" />
            <source>Corrected by %1</source>
            <extracomment>the turn being played moved from one row to another (None: no row); see set_current_row</extracomment>
            <translation>Laboja %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcript.py" line="211" />
            <source>Corrected by a reviewer</source>
            <translation>Labojis vērtētājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcript.py" line="213" />
            <source>Speaker before: %1</source>
            <translation>Runātājs pirms labojuma: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/transcript.py" line="216" />
            <source>Text before: %1</source>
            <translation>Teksts pirms labojuma: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitControl</name>
        <message>
            <location filename="../../reviewer/ui/visit_control.py" line="20" />
            <source>New &amp;Visit…</source>
            <translation>Jauns &amp;apmeklējums…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_control.py" line="22" />
            <source>Log a mystery-shopper visit or test call, record it and score it</source>
            <translation>Reģistrēt slepenā pircēja apmeklējumu vai kontrolzvanu, ierakstīt to un novērtēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_control.py" line="24" />
            <source>Open Visit &amp;Form</source>
            <translation>Atvērt apmeklējuma &amp;veidlapu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_control.py" line="25" />
            <source>The form of the selected visit or test call, beside its scoring</source>
            <translation>Izvēlētā apmeklējuma vai kontrolzvana veidlapa blakus tā vērtējumam</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_control.py" line="64" />
            <source>Unfinished recordings could not be stored: %1</source>
            <translation>Nepabeigtos ierakstus neizdevās saglabāt: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_control.py" line="68" />
            <source>Recordings cut off when Reviewer stopped were saved with their visits: %1</source>
            <translation>Ieraksti, kas tika pārtraukti, Reviewer apstājoties, saglabāti pie saviem apmeklējumiem: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="108" />
            <source>not during the visit</source>
            <translation>ne apmeklējuma laikā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_fields.py" line="114" />
            <source>Photos taken:</source>
            <translation>Foto uzņemšanas laiks:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="82" />
            <source>Every “no” in the scoring needs a comment saying what happened (the mystery shopping standard).</source>
            <extracomment>the visit was stored (created or changed, attachments too): its conversation id</extracomment>
            <translation>Katrai atbildei “nē” vērtējumā vajadzīgs komentārs par to, kas notika (slepenā pircēja standarts).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="89" />
            <source>Shop or office</source>
            <translation>Veikals vai birojs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="90" />
            <source>Street, town</source>
            <translation>Iela, pilsēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="91" />
            <source>Name, if you saw or heard it</source>
            <translation>Vārds, ja to redzējāt vai dzirdējāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="96" />
            <source>Otherwise what they looked like, where they stood</source>
            <translation>Citādi — kā darbinieks izskatījās, kur stāvēja</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="97" />
            <source>What you asked for, the provocative question</source>
            <translation>Ko jūs jautājāt, provokatīvais jautājums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="99" />
            <source>The persona you played</source>
            <translation>Loma, kuru jūs spēlējāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="105" />
            <source>Your name</source>
            <translation>Jūsu vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="106" />
            <source>Anything else worth knowing</source>
            <translation>Viss cits, ko vērts zināt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="114" />
            <source>Kind</source>
            <translation>Veids</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="119" />
            <source>Date and time</source>
            <translation>Datums un laiks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="120" />
            <source>Branch</source>
            <translation>Filiāle</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="121" />
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="122" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="124" />
            <source>Scenario</source>
            <translation>Scenārijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="125" />
            <source>Persona played</source>
            <translation>Pircēja loma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="135" />
            <source>Shopper</source>
            <translation>Slepenais pircējs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="136" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="145" />
            <source>Record the visit or call</source>
            <translation>Apmeklējuma vai zvana ieraksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="162" />
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="230" />
            <source>Describe the persona you played, or choose one of the list.</source>
            <translation>Aprakstiet lomu, kuru spēlējāt, vai izvēlieties to no saraksta.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="238" />
            <source>%1: write minutes and seconds, such as 2:30 (or leave it empty).</source>
            <translation>%1: ierakstiet minūtes un sekundes, piemēram, 2:30 (vai atstājiet tukšu).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="283" />
            <source>Not saved: %1</source>
            <translation>Nav saglabāts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="287" />
            <source>Saved at %1</source>
            <translation>Saglabāts %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="319" />
            <source>Saving…</source>
            <translation>Saglabā…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="321" />
            <source>Not saved yet</source>
            <translation>Vēl nav saglabāts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="332" />
            <source>Wait before answer</source>
            <translation>Gaidīšana līdz atbildei</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="332" />
            <source>Wait before greeting</source>
            <translation>Gaidīšana līdz sveicienam</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="333" />
            <source>Call length</source>
            <translation>Zvana ilgums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="333" />
            <source>Visit length</source>
            <translation>Apmeklējuma ilgums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="334" />
            <source>How long until someone answered, m:ss</source>
            <translation>Cik ilgi bija jāgaida līdz atbildei, m:ss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="335" />
            <source>How long until an employee greeted you, m:ss</source>
            <translation>Cik ilgi bija jāgaida, līdz darbinieks sasveicinājās, m:ss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="339" />
            <source>New test call</source>
            <translation>Jauns kontrolzvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="339" />
            <source>New visit</source>
            <translation>Jauns apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="342" />
            <source>Test call: %1</source>
            <translation>Kontrolzvans: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="342" />
            <source>Visit: %1</source>
            <translation>Apmeklējums: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="344" />
            <source>Test call</source>
            <translation>Kontrolzvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="344" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="363" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>Novēloti: vērtējums iesniegts vēlāk nekā 12 stundas pēc apmeklējuma.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="365" />
            <source>More than 12 hours have passed since the visit: its review will be marked late.</source>
            <translation>Kopš apmeklējuma pagājušas vairāk nekā 12 stundas: vērtējums tiks atzīmēts kā novēlots.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="420" />
            <source>The recording cannot be started: %1</source>
            <translation>Ierakstu nevar sākt: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="424" />
            <source>Recording: the sound is saved in the library as it comes</source>
            <translation>Notiek ierakstīšana: skaņa tiek saglabāta bibliotēkā, tiklīdz tā pienāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="429" />
            <source>Nothing was recorded.</source>
            <translation>Nekas netika ierakstīts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_form.py" line="434" />
            <source>Recording of %1 saved; it will be transcribed like any call.</source>
            <translation>Ieraksts (%1) saglabāts; tas tiks atšifrēts kā jebkurš zvans.</translation>
        </message>
    </context>
    <context>
        <name>VisitWindow</name>
        <message>
            <location filename="../../reviewer/ui/visit_window.py" line="38" />
            <source>Save the visit to score it against the mystery shopping rubric.

Every “no” answer needs a comment saying what happened.</source>
            <extracomment>the visit was stored (created or changed): its conversation id a review of the visit was submitted or reopened: its conversation id the window was closed (its recording and edits are saved)</extracomment>
            <translation>Saglabājiet apmeklējumu, lai to novērtētu pēc slepenā pircēja anketas.

Katrai atbildei “nē” vajadzīgs komentārs par to, kas notika.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_window.py" line="86" />
            <source>%1 — Reviewer</source>
            <translation>%1 — Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_window.py" line="107" />
            <location filename="../../reviewer/ui/visit_window.py" line="117" />
            <source>Close the visit</source>
            <translation>Apmeklējuma aizvēršana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_window.py" line="107" />
            <source>This visit has not been saved. Save it?</source>
            <translation>Šis apmeklējums nav saglabāts. Saglabāt to?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visit_window.py" line="118" />
            <source>The changes cannot be saved: %1

Close without them?</source>
            <translation>Izmaiņas nevar saglabāt: %1

Aizvērt bez tām?</translation>
        </message>
    </context>
</TS>
