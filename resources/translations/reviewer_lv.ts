<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AttachmentList</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="172" />
            <source>Audio</source>
            <extracomment>source path, the Attachment made (or None), the error message (or "") source path, Attachment or None, error message or ""</extracomment>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="174" />
            <source>Photo without a time (no EXIF)</source>
            <translation>Foto bez uzņemšanas laika (nav EXIF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="175" />
            <source>Taken %1</source>
            <translation>Uzņemts %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="177" />
            <source>not during the visit</source>
            <translation>ne apmeklējuma laikā</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsBox</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="211" />
            <source>Photos and audio</source>
            <extracomment>the visit's attachments as now stored (list of Attachment)</extracomment>
            <translation>Foto un audio</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="221" />
            <source>Add Photos or Audio…</source>
            <translation>Pievienot foto vai audio…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="222" />
            <source>Receipt, shop front, a recording made with another device; or drop files on the form</source>
            <translation>Čeks, veikala fasāde, ieraksts no citas ierīces; vai ievelciet failus veidlapā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="225" />
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="249" />
            <source>Add photos or audio</source>
            <translation>Pievienot foto vai audio</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="250" />
            <source>Photos and audio (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.webm);;All files (*)</source>
            <translation>Foto un audio (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.webm);;Visi faili (*)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="278" />
            <source>Remove attachments</source>
            <translation>Pielikumu noņemšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="279" />
            <source>Remove from this visit?

%1</source>
            <translation>Noņemt no šī apmeklējuma?

%1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="286" />
            <source>Not removed: %1</source>
            <translation>Nav noņemts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="291" />
            <source>Not attached: %1</source>
            <translation>Nav pievienots: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="308" />
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="309" />
            <source>Adding %1…</source>
            <translation>Pievieno %1…</translation>
        </message>
    </context>
    <context>
        <name>AutoColumn</name>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="17" />
            <source>Forbidden word</source>
            <translation>Aizliegts vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="18" />
            <source>No greeting</source>
            <translation>Nav sveiciena</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="19" />
            <source>Slow first reply</source>
            <translation>Lēna pirmā atbilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="20" />
            <source>Long silence</source>
            <translation>Ilgs klusums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="21" />
            <source>Rude word</source>
            <translation>Rupjš vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="50" />
            <source>Not checked automatically yet</source>
            <translation>Vēl nav pārbaudīts automātiski</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="52" />
            <source>Automatic QA score (suggestions, not a review)</source>
            <translation>Automātiskās pārbaudes vērtējums (ieteikumi, nevis vērtējums)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="59" />
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="63" />
            <source>Automatic QA score of every conversation; sort it to find the worst first</source>
            <translation>Katras sarunas automātiskās pārbaudes vērtējums; kārtojiet, lai atrastu sliktākās</translation>
        </message>
    </context>
    <context>
        <name>AutoFilter</name>
        <message>
            <location filename="../../reviewer/ui/library/auto_filter.py" line="14" />
            <source>Any auto flag</source>
            <translation>Jebkura autoatzīme</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_filter.py" line="17" />
            <source>Conversations automatic QA flagged</source>
            <translation>Sarunas, ko atzīmēja automātiskā pārbaude</translation>
        </message>
    </context>
    <context>
        <name>AutoQARunner</name>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="35" />
            <source>Stop</source>
            <extracomment>the child finished: the number of results it computed for the jobs panel: a run began; its progress (conversations done, of all); how it ended ("done", "cancelled" or "failed"), the results it computed and why it failed</extracomment>
            <translation>Apturēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="90" />
            <source>Automatic QA stopped: %1</source>
            <translation>Automātiskā pārbaude apturēta: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="95" />
            <source>Automatic QA: %1 of %2</source>
            <translation>Automātiskā pārbaude: %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="115" />
            <source>the checking process ended unexpectedly</source>
            <translation>pārbaudes process negaidīti beidzās</translation>
        </message>
    </context>
    <context>
        <name>CalibrationDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="28" />
            <source>Calibration Results</source>
            <translation>Kalibrēšanas rezultāti</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Criterion</source>
            <translation>Kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Alpha</source>
            <translation>Alfa</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>95% interval</source>
            <translation>95% intervāls</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Agreement</source>
            <translation>Saskaņa</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Units</source>
            <translation>Vienības</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="38" />
            <source>Reviewers</source>
            <translation>Vērtētāji</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Reviewer</source>
            <translation>Vērtētājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Reviews</source>
            <translation>Vērtējumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Matches benchmark</source>
            <translation>Sakrīt ar etalonu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Leniency (points)</source>
            <translation>Iecietība (punkti)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="47" />
            <source>Save PDF…</source>
            <translation>Saglabāt PDF…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="64" />
            <source>No calibration sessions in this library yet (reviewer calibration new NAME --rubric ID ...).</source>
            <translation>Šajā bibliotēkā vēl nav kalibrēšanu (reviewer calibration new NOSAUKUMS --rubric ID ...).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="71" />
            <source>No submitted reviews in this session yet.</source>
            <translation>Šajā kalibrēšanā vēl nav iesniegtu vērtējumu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="77" />
            <source>Overall (review scores): alpha %1, percent agreement %2; %3 reviewers, %4 conversations. From 0.80 the scores can be relied on; below 0.67, calibrate again.</source>
            <translation>Kopā (vērtējumi): alfa %1, saskaņa %2; %3 vērtētāji, %4 sarunas. No 0,80 vērtējumiem var uzticēties; zem 0,67 — jākalibrē vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="97" />
            <source>Save the calibration report</source>
            <translation>Saglabāt kalibrēšanas pārskatu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="98" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CancelDelegate</name>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="92" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>CoachingControl</name>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="17" />
            <source>&amp;Disputes…</source>
            <translation>&amp;Apstrīdējumi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="18" />
            <source>Disputes of review answers, with their age</source>
            <translation>Vērtējumu atbilžu apstrīdējumi un to vecums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="20" />
            <source>New Coaching &amp;Session…</source>
            <translation>Jauna apmācības &amp;sesija…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="21" />
            <source>Record a coaching session with an employee</source>
            <translation>Ierakstīt apmācības sesiju ar darbinieku</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="41" />
            <source>&amp;Follow-ups Due (%1)…</source>
            <translation>&amp;Atkārtotās tikšanās termiņā (%1)…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="41" />
            <source>&amp;Follow-ups Due…</source>
            <translation>&amp;Atkārtotās tikšanās termiņā…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="49" />
            <source>%1 coaching follow-ups are due: Coaching → Follow-ups Due</source>
            <translation>Atkārtotās tikšanās termiņā: %1 — Apmācība → Atkārtotās tikšanās termiņā</translation>
        </message>
    </context>
    <context>
        <name>CoachingSessionDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="41" />
            <source>Coaching Session</source>
            <extracomment>the id of the session stored</extracomment>
            <translation>Apmācības sesija</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="58" />
            <source>Tick the criteria the session works on</source>
            <translation>Atzīmējiet kritērijus, pie kuriem sesijā strādā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="61" />
            <source>Tick the conversations talked through</source>
            <translation>Atzīmējiet izrunātās sarunas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="62" />
            <source>What was talked about</source>
            <translation>Par ko runāja</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="63" />
            <source>What the employee and the trainer agreed to do</source>
            <translation>Ko darbinieks un treneris norunāja darīt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="67" />
            <source>Follow up on</source>
            <translation>plānot uz</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="78" />
            <source>Employee:</source>
            <translation>Darbinieks:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="79" />
            <source>Date:</source>
            <translation>Datums:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="80" />
            <source>Trainer:</source>
            <translation>Treneris:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="81" />
            <source>Focus criteria:</source>
            <translation>Fokusa kritēriji:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="82" />
            <source>Discussed:</source>
            <translation>Izrunāts:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="83" />
            <source>Notes:</source>
            <translation>Piezīmes:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="84" />
            <source>Actions agreed:</source>
            <translation>Norunātais:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="85" />
            <source>Follow-up:</source>
            <translation>Atkārtota tikšanās:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="87" />
            <source>Save Session</source>
            <translation>Saglabāt sesiju</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="93" />
            <source>Planned from the coaching report: its focus areas and the conversations they quote are ticked.</source>
            <translation>Plānots no apmācības pārskata: atzīmētas uzlabojamās jomas un sarunas, no kurām ņemti citāti.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="152" />
            <source>moments: %1</source>
            <translation>brīži: %1</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="100" />
            <source>Find in this conversation (Ctrl+F)</source>
            <extracomment>the player's position after a seek (a click on a turn, the seek bar, keys, seek_to_*), ms</extracomment>
            <translation>Meklēt sarunā (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="108" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Iepriekšējā atbilstība (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="112" />
            <source>Next match (Enter)</source>
            <translation>Nākamā atbilstība (Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="236" />
            <source>Select a conversation in the list to read it here.</source>
            <translation>Izvēlieties sarunu sarakstā, lai to lasītu šeit.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="253" />
            <source>This conversation has no turns.</source>
            <translation>Šajā sarunā nav repliku.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="284" />
            <source>no employee</source>
            <translation>darbinieks nav norādīts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="348" />
            <source>%1 unanswered at the end</source>
            <translation>bez atbildes beigās: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="364" />
            <source>The customer got no reply.</source>
            <translation>Klients nesaņēma atbildi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="370" />
            <source>First reply %1</source>
            <translation>Pirmā atbilde %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="374" />
            <source>slowest %1</source>
            <translation>lēnākā %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="376" />
            <source>%1 of %2 slow</source>
            <translation>lēnas: %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="391" />
            <source>Review %1 by %2 on %3</source>
            <translation>Vērtējums %1, %2, %3</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="397" />
            <source>Critical: %1</source>
            <translation>Kritiski: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="406" />
            <source>This call has not been transcribed yet.</source>
            <translation>Šis zvans vēl nav atšifrēts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="409" />
            <source>Recording of %1</source>
            <translation>Ieraksts, %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="412" />
            <source>two channels, the agent on the left</source>
            <translation>divi kanāli, darbinieks kreisajā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="413" />
            <source>two channels, the agent on the right</source>
            <translation>divi kanāli, darbinieks labajā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="415" />
            <source>one channel</source>
            <translation>viens kanāls</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="418" />
            <source>Once it is transcribed, its turns appear here.</source>
            <translation>Pēc atšifrēšanas šeit parādīsies replikas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="492" />
            <source>no matches</source>
            <translation>nav atbilstību</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="495" />
            <source>%1 of %2</source>
            <translation>%1 no %2</translation>
        </message>
    </context>
    <context>
        <name>CriterionRow</name>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="208" />
            <source>Attach evidence (E): the selected turns, or the current moment of the recording</source>
            <extracomment>the text of an answer key not typed into an empty box that asks for a reason criterion id, and the answer picked with the mouse criterion id, the comment as typed so far an evidence link was clicked: the Evidence criterion id, the Evidence to take away the row was clicked or its comment box focused: it becomes the current criterion the reason asked for after a lowest answer was written (or Esc): go on to the next</extracomment>
            <translation>Pievienot pierādījumu (E): atlasītās replikas vai ieraksta pašreizējo brīdi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="236" />
            <source>For example: %1</source>
            <translation>Piemēram: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="239" />
            <source>Critical: answering the lowest point sets the whole review to 0.</source>
            <translation>Kritisks: zemākā atbilde padara visu vērtējumu par 0.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="240" />
            <source>Critical: answering the lowest point sets its section to 0.</source>
            <translation>Kritisks: zemākā atbilde padara tā sadaļu par 0.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="241" />
            <source>Critical: answering the lowest point flags the review.</source>
            <translation>Kritisks: zemākā atbilde atzīmē vērtējumu ar karodziņu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="259" />
            <source>A comment is required for this answer</source>
            <translation>Šai atbildei vajadzīgs komentārs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="266" />
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="400" />
            <source>Comment</source>
            <translation>Komentārs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="334" />
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="411" />
            <source>A comment is required for “%1”: say what happened.</source>
            <translation>Atbildei “%1” vajadzīgs komentārs: aprakstiet, kas notika.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="400" />
            <source>Type the reason, Esc to go on</source>
            <translation>Ierakstiet iemeslu, Esc — tālāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="405" />
            <source>“%1” needs a reason: type it here, Esc to go on.</source>
            <translation>Atbildei “%1” vajadzīgs iemesls: ierakstiet to šeit, Esc — tālāk.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="416" />
            <source>“%1” was not typed: it answers criteria. Type the reason for “%2”, or press Esc to go on.</source>
            <translation>“%1” netika ierakstīts: šis taustiņš atbild uz kritērijiem. Ierakstiet atbildes “%2” iemeslu vai nospiediet Esc, lai turpinātu.</translation>
        </message>
    </context>
    <context>
        <name>DecideDisputeDialog</name>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="127" />
            <source>Decide the Dispute</source>
            <translation>Lēmums par apstrīdējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="140" />
            <source>%1 disputes the answer %2 and proposes %3.</source>
            <translation>%1 apstrīd atbildi «%2» un ierosina «%3».</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="144" />
            <source>Accepted: the answer becomes %1</source>
            <translation>Pieņemts: atbilde kļūst «%1»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="145" />
            <source>Partly accepted, with the new answer:</source>
            <translation>Daļēji pieņemts, jaunā atbilde:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="146" />
            <source>Rejected: the answer stays %1</source>
            <translation>Noraidīts: atbilde paliek «%1»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="156" />
            <source>Reviewer error</source>
            <translation>Vērtētāja kļūda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="157" />
            <source>Not a reviewer error</source>
            <translation>Nav vērtētāja kļūda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="158" />
            <source>The rubric is unclear</source>
            <translation>Anketa ir neskaidra</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="161" />
            <source>Why (kept in the review's history)</source>
            <translation>Kāpēc (saglabājas vērtējuma vēsturē)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="172" />
            <source>Reason:</source>
            <translation>Iemesls:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="173" />
            <source>Note:</source>
            <translation>Piezīme:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="174" />
            <source>Decided by:</source>
            <translation>Lēma:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="176" />
            <source>Decide</source>
            <translation>Lemt</translation>
        </message>
    </context>
    <context>
        <name>DisputeListDialog</name>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="30" />
            <source>Disputes</source>
            <extracomment>open this conversation (its id)</extracomment>
            <translation>Apstrīdējumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="33" />
            <source>Open disputes only</source>
            <translation>Tikai atvērtie</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Age</source>
            <translation>Vecums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Raised</source>
            <translation>Iesniegts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Criterion</source>
            <translation>Kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Answer</source>
            <translation>Atbilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="39" />
            <source>Reviewer</source>
            <translation>Vērtētājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="39" />
            <source>State</source>
            <translation>Stāvoklis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="63" />
            <source>open</source>
            <translation>atvērts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="64" />
            <source>accepted</source>
            <translation>pieņemts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="65" />
            <source>partly accepted</source>
            <translation>daļēji pieņemts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="66" />
            <source>rejected</source>
            <translation>noraidīts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="79" />
            <source>%1 d</source>
            <translation>%1 d.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="90" />
            <source>%1 disputes</source>
            <translation>Apstrīdējumi: %1</translation>
        </message>
    </context>
    <context>
        <name>DisputesBox</name>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="42" />
            <source>Dispute an Answer…</source>
            <extracomment>a dispute of the shown review was raised or decided: (review id, whether its answers changed) an evidence link of a dispute was clicked</extracomment>
            <translation>Apstrīdēt atbildi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="43" />
            <source>The employee (or a trainer for them) disagrees with an answer of this submitted review</source>
            <translation>Darbinieks (vai treneris viņa vārdā) nepiekrīt atbildei šajā iesniegtajā vērtējumā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="82" />
            <source>Disputes (%1 open)</source>
            <translation>Apstrīdējumi (atvērti: %1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="82" />
            <source>Disputes</source>
            <translation>Apstrīdējumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="105" />
            <source>accepted</source>
            <translation>pieņemts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="106" />
            <source>partly accepted</source>
            <translation>daļēji pieņemts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="107" />
            <source>rejected</source>
            <translation>noraidīts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="114" />
            <source>open %1 days</source>
            <translation>atvērts %1 d.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="115" />
            <source>Decide…</source>
            <translation>Lemt…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="119" />
            <source>%1 by %2</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>DurationEdit</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="48" />
            <source>m:ss</source>
            <translation>m:ss</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="65" />
            <source>The library is busy</source>
            <translation>Bibliotēka ir aizņemta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="66" />
            <source>Another program is writing to the library (%1) and did not finish in %2 s. Nothing was changed: try again when it has finished.</source>
            <translation>Bibliotēkā raksta cita programma (%1), un tā nepabeidza %2 s laikā. Nekas netika mainīts: mēģiniet vēlreiz, kad tā būs pabeigusi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="71" />
            <source>Something went wrong</source>
            <translation>Kaut kas nogāja greizi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="72" />
            <source>That did not work: %2 (%1). What was saved before is safe.</source>
            <translation>Neizdevās: %2 (%1). Viss, kas tika saglabāts iepriekš, ir drošībā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="75" />
            <source>The details are in %1.</source>
            <translation>Sīkāka informācija ir failā %1.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="90" />
            <source>Turn %1</source>
            <extracomment>A moment of the recording becomes this much of it: long enough to replay what was said.</extracomment>
            <translation>Replika %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="92" />
            <source>(no longer in the conversation)</source>
            <translation>(sarunā vairs nav)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="101" />
            <source>From %1 to %2 of the recording</source>
            <translation>Ieraksts no %1 līdz %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="107" />
            <source>Remove this evidence</source>
            <translation>Noņemt šo pierādījumu</translation>
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="40" />
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="72" />
            <source>Export for a Colleague</source>
            <translation>Eksports kolēģim</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="43" />
            <source>One file with the conversations, their submitted reviews and the rubrics they used. Your colleague opens it with File → Import Files… or drops it on the window.</source>
            <translation>Viens fails ar sarunām, to iesniegtajiem vērtējumiem un izmantotajām rubrikām. Kolēģis to atver ar Fails → Importēt failus… vai ievelkot logā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="46" />
            <source>Selected conversations (%1)</source>
            <translation>Atlasītās sarunas (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="47" />
            <source>All conversations listed (%1)</source>
            <translation>Visas sarakstā redzamās sarunas (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="50" />
            <source>Include the call recordings</source>
            <translation>Iekļaut zvanu ierakstus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="51" />
            <source>Reviews only (the colleague has the conversations)</source>
            <translation>Tikai vērtējumi (kolēģim sarunas jau ir)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="54" />
            <source>Export…</source>
            <translation>Eksportēt…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="73" />
            <source>Reviewer bundles (*.rvbundle)</source>
            <translation>Reviewer paketes (*.rvbundle)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="79" />
            <source>There is nothing to export.</source>
            <translation>Nav ko eksportēt.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="82" />
            <source>Exporting…</source>
            <translation>Eksportē…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="91" />
            <source>Wrote %1: %2 conversations, %3 reviews.</source>
            <translation>Ierakstīts %1: %2 sarunas, %3 vērtējumi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="97" />
            <source>Not exported: %1</source>
            <translation>Nav eksportēts: %1</translation>
        </message>
    </context>
    <context>
        <name>ExtensionsDialog</name>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="47" />
            <source>Agent extensions</source>
            <translation>Darbinieku iekšējie numuri</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="49" />
            <source>Recordings named by the telephone system carry the agent's extension. A call with an extension listed here goes to that employee, unless the import names an employee or the call details CSV does.</source>
            <translation>Telefonu sistēmas ierakstu nosaukumos ir darbinieka iekšējais numurs. Zvans ar numuru no šī saraksta tiek piešķirts tā darbiniekam, ja importā darbinieks nav norādīts ne logā, ne zvanu datu CSV.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="53" />
            <source>Extension</source>
            <translation>Iekšējais numurs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="53" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="61" />
            <source>Add</source>
            <translation>Pievienot</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="63" />
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="114" />
            <source>Row %1: the extension must be a number of 1 to 10 digits.</source>
            <translation>Rinda %1: iekšējam numuram jābūt no 1 līdz 10 cipariem.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="116" />
            <source>Row %1: whose extension is it? The employee is empty.</source>
            <translation>Rinda %1: kura numurs tas ir? Darbinieks nav norādīts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="118" />
            <source>Row %1: extension %2 is listed twice.</source>
            <translation>Rinda %1: numurs %2 norādīts divreiz.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="31" />
            <source>Coaching Follow-ups Due</source>
            <extracomment>the follow-ups changed (one was marked done)</extracomment>
            <translation>Atkārtotās tikšanās termiņā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="36" />
            <source>Follow-up</source>
            <translation>Atkārtota tikšanās</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="36" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="36" />
            <source>Session</source>
            <translation>Sesija</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="37" />
            <source>Trainer</source>
            <translation>Treneris</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="37" />
            <source>Actions agreed</source>
            <translation>Norunātais</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="42" />
            <source>No follow-up is due.</source>
            <translation>Nav atkārtotu tikšanos termiņā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="44" />
            <source>Mark Done…</source>
            <translation>Atzīmēt kā notikušu…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="65" />
            <source>overdue</source>
            <translation>nokavēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="65" />
            <source>today</source>
            <translation>šodien</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="86" />
            <source>Follow-up done</source>
            <translation>Atkārtotā tikšanās notikusi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="86" />
            <source>How did it go?</source>
            <translation>Kā gāja?</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="29" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="32" />
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="35" />
            <location filename="../../reviewer/ui/widgets/formatting.py" line="49" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="37" />
            <location filename="../../reviewer/ui/widgets/formatting.py" line="51" />
            <source>%1 d %2 h</source>
            <translation>%1 d. %2 h</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="100" />
            <source>Call</source>
            <translation>Zvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="101" />
            <source>Chat</source>
            <translation>Tērzēšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="102" />
            <source>E-mail</source>
            <translation>E-pasts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="103" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="109" />
            <source>To transcribe</source>
            <translation>Jāatšifrē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="110" />
            <source>New</source>
            <translation>Jauna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="111" />
            <source>Transcribed</source>
            <translation>Atšifrēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="112" />
            <source>Reviewed</source>
            <translation>Novērtēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="118" />
            <source>agent</source>
            <translation>darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="119" />
            <source>customer</source>
            <translation>klients</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="120" />
            <source>system</source>
            <translation>sistēma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="121" />
            <source>unknown speaker</source>
            <translation>nezināms runātājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="146" />
            <source>Russian</source>
            <translation>krievu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="147" />
            <source>Latvian</source>
            <translation>latviešu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="148" />
            <source>English</source>
            <translation>angļu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="149" />
            <source>Lithuanian</source>
            <translation>lietuviešu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="150" />
            <source>Estonian</source>
            <translation>igauņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="151" />
            <source>Ukrainian</source>
            <translation>ukraiņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="152" />
            <source>German</source>
            <translation>vācu</translation>
        </message>
    </context>
    <context>
        <name>ImportOptionsDialog</name>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="33" />
            <location filename="../../reviewer/ui/library/import_options.py" line="81" />
            <source>Import</source>
            <translation>Importēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="41" />
            <source>From the files (or nobody)</source>
            <translation>No failiem (vai neviens)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="42" />
            <source>The employee these conversations belong to</source>
            <translation>Darbinieks, kuram pieder šīs sarunas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="44" />
            <location filename="../../reviewer/ui/library/import_options.py" line="94" />
            <source>None</source>
            <translation>Nav</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="46" />
            <source>A CSV file with one row per recording: file, employee, started_at, direction, customer_number</source>
            <translation>CSV fails ar vienu rindu katram ierakstam: file, employee, started_at, direction, customer_number</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="47" />
            <source>Choose…</source>
            <translation>Izvēlēties…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="56" />
            <source>Edit…</source>
            <translation>Mainīt…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="57" />
            <source>Which employee each agent extension belongs to</source>
            <translation>Kuram darbiniekam pieder katrs iekšējais numurs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="71" />
            <source>Employee:</source>
            <translation>Darbinieks:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="72" />
            <source>Call details (CSV):</source>
            <translation>Zvanu dati (CSV):</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="73" />
            <source>Agent extensions:</source>
            <translation>Iekšējie numuri:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="74" />
            <source>Telephone systems' recording names (Asterisk/FreePBX, 3CX, RingCentral) give each call's time, direction, numbers and agent extension by themselves. With no employee chosen above, a call goes to the employee of its agent extension.</source>
            <translation>Telefonu sistēmu ierakstu nosaukumi (Asterisk/FreePBX, 3CX, RingCentral) paši norāda zvana laiku, virzienu, numurus un darbinieka iekšējo numuru. Ja augstāk darbinieks nav izvēlēts, zvans tiek piešķirts tā iekšējā numura darbiniekam.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="98" />
            <source>%1 more</source>
            <translation>vēl %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="116" />
            <source>Call details</source>
            <translation>Zvanu dati</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="117" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV faili (*.csv *.tsv *.txt);;Visi faili (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="48" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="49" />
            <source>Stop after the file being imported</source>
            <translation>Apturēt pēc pašreizējā faila</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="57" />
            <source>Looking for files…</source>
            <translation>Meklē failus…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="69" />
            <source>Imported %1 of %2: %3</source>
            <translation>Importēti %1 no %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="53" />
            <source>Import report</source>
            <translation>Importa pārskats</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="62" />
            <source>%1 imported</source>
            <translation>Importēti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="63" />
            <source>%1 already in the library</source>
            <translation>jau bibliotēkā: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="64" />
            <source>%1 skipped</source>
            <translation>izlaisti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="65" />
            <source>%1 failed</source>
            <translation>ar kļūdu: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="68" />
            <source>No files were found.</source>
            <translation>Faili netika atrasti.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="70" />
            <source>Import cancelled; the files below were done before it stopped.</source>
            <translation>Imports atcelts; zemāk redzamie faili tika apstrādāti pirms apturēšanas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="74" />
            <source>File</source>
            <translation>Fails</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="74" />
            <source>Result</source>
            <translation>Rezultāts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="74" />
            <source>Details</source>
            <translation>Sīkāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="109" />
            <source>Imported</source>
            <translation>Importēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="110" />
            <source>Already in the library</source>
            <translation>Jau bibliotēkā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="111" />
            <source>Skipped</source>
            <translation>Izlaists</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="112" />
            <source>Failed</source>
            <translation>Kļūda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="120" />
            <source>1 conversation</source>
            <translation>Sarunas: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="122" />
            <source>%1 conversations</source>
            <translation>Sarunas: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="124" />
            <source>%1 turns</source>
            <translation>replikas: %1</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="189" />
            <source>Conversation</source>
            <translation>Saruna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="190" />
            <source>Progress</source>
            <translation>Izpilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="191" />
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="192" />
            <source>State</source>
            <translation>Stāvoklis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="216" />
            <source>Every conversation whose automatic result is missing or out of date</source>
            <translation>Visas sarunas, kurām automātiskā rezultāta nav vai tas ir novecojis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="217" />
            <source>Conversation %1: %2</source>
            <translation>Saruna %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="222" />
            <source>Stop automatic QA (the results stored so far are kept)</source>
            <translation>Apturēt automātisko pārbaudi (jau saglabātie rezultāti paliks)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="223" />
            <source>Stop this transcription (what is done so far is kept)</source>
            <translation>Apturēt atšifrēšanu (jau paveiktais tiks saglabāts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="240" />
            <source>Waiting</source>
            <translation>Gaida</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="242" />
            <source>Transcribing</source>
            <translation>Atšifrē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="242" />
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="258" />
            <source>Starting…</source>
            <translation>Sāk…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="244" />
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="262" />
            <source>Cancelling…</source>
            <translation>Atceļ…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="246" />
            <source>Done</source>
            <translation>Gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="248" />
            <source>Cancelled</source>
            <translation>Atcelts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="250" />
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="267" />
            <source>Failed: %1</source>
            <translation>Neizdevās: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="252" />
            <source>Interrupted: %1</source>
            <translation>Pārtraukts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="259" />
            <source>Checked %1 of %2 conversations</source>
            <translation>Pārbaudītas %1 no %2 sarunām</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="264" />
            <source>Done: %1 new results</source>
            <translation>Gatavs: %1 jauni rezultāti</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="266" />
            <source>Cancelled (the results stored so far are kept)</source>
            <translation>Atcelts (saglabātie rezultāti paliek)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="271" />
            <source>took %1</source>
            <translation>ilga %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="276" />
            <source>estimating…</source>
            <translation>novērtē…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="278" />
            <source>%1 left</source>
            <translation>vēl %1</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="141" />
            <source>Cancel All</source>
            <translation>Atcelt visus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="118" />
            <source>Background Jobs</source>
            <extracomment>the reviewer wants a job's conversation (double click): its id</extracomment>
            <translation>Fona darbi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="142" />
            <source>Stop the running jobs (transcription, automatic QA) and withdraw the waiting ones</source>
            <translation>Apturēt notiekošos darbus (atšifrēšanu, automātisko pārbaudi) un atsaukt gaidošos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="144" />
            <source>Clear Finished</source>
            <translation>Notīrīt pabeigtos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="145" />
            <source>Remove the finished, failed and cancelled jobs from this list</source>
            <translation>Izņemt no saraksta pabeigtos, neizdevušos un atceltos darbus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="204" />
            <source>Automatic QA of the library</source>
            <translation>Bibliotēkas automātiskā pārbaude</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="215" />
            <source>Transcribing: %1</source>
            <translation>Atšifrē: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="216" />
            <source>Waiting: %1</source>
            <translation>Gaida: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="217" />
            <source>Done: %1</source>
            <translation>Gatavi: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="218" />
            <source>Failed: %1</source>
            <translation>Neizdevās: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="219" />
            <source>Cancelled: %1</source>
            <translation>Atcelti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="220" />
            <source>Interrupted: %1</source>
            <translation>Pārtraukti: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="225" />
            <source>No transcriptions</source>
            <translation>Nav atšifrēšanas darbu</translation>
        </message>
    </context>
    <context>
        <name>KindChoice</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="65" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="66" />
            <source>Test call</source>
            <translation>Kontrolzvans</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="289" />
            <source>Date</source>
            <extracomment>Column -&gt; the stored metric it shows (MetricsRepository.columns) the title column's second line (employee · channel) while those columns are hidden; "" else the number of conversations that match the filter (not just the loaded rows)</extracomment>
            <translation>Datums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="290" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="291" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="292" />
            <source>Conversation</source>
            <translation>Saruna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="293" />
            <source>Duration</source>
            <translation>Ilgums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="294" />
            <source>Lang.</source>
            <translation>Val.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="295" />
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="296" />
            <source>Score</source>
            <translation>Vērtējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="297" />
            <source>Silence</source>
            <translation>Klusums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="298" />
            <source>Agent talk</source>
            <translation>Operatora runa</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="299" />
            <source>1st reply</source>
            <translation>1. atbilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="303" />
            <source>Score of the latest submitted review</source>
            <translation>Pēdējās iesniegtās pārbaudes vērtējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="307" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="309" />
            <source>The longest stretch of a call in which nobody speaks</source>
            <translation>Garākais zvana posms, kurā neviens nerunā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="311" />
            <source>The agent's share of the talking in a call</source>
            <translation>Operatora runas daļa zvanā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="313" />
            <source>How long the customer waited for the first reply in a chat or e-mail</source>
            <translation>Cik ilgi klients gaidīja pirmo atbildi tērzēšanā vai e-pastā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="339" />
            <source>The source has no date</source>
            <translation>Avotā nav datuma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="370" />
            <source>no date</source>
            <translation>bez datuma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="398" />
            <source>late</source>
            <translation>vēlu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="401" />
            <source>Reopened</source>
            <translation>Atvērta no jauna</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="401" />
            <source>Draft</source>
            <translation>Melnraksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="406" />
            <source>Reopened: its review is being changed and counts again once submitted</source>
            <translation>Atvērta no jauna: vērtējumu maina, tas atkal skaitīsies pēc iesniegšanas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="408" />
            <source>A review was started and is not submitted yet</source>
            <translation>Vērtējums ir sākts un vēl nav iesniegts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="412" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>Novēloti: vērtējums iesniegts vēlāk nekā 12 stundas pēc apmeklējuma.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="416" />
            <source>no employee</source>
            <translation>darbinieks nav norādīts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="438" />
            <source>%1 open disputes</source>
            <translation>Atvērti apstrīdējumi: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="443" />
            <source>Reopened: the review is being changed</source>
            <translation>Atvērta no jauna: vērtējumu maina</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="445" />
            <source>Not reviewed yet</source>
            <translation>Vēl nav pārbaudīta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="447" />
            <source>Latest submitted review; a critical criterion failed</source>
            <translation>Pēdējā pārbaude; neizpildīts kritisks kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="448" />
            <source>Latest submitted review</source>
            <translation>Pēdējā iesniegtā pārbaude</translation>
        </message>
    </context>
    <context>
        <name>LibraryNotices</name>
        <message>
            <location filename="../../reviewer/ui/widgets/library_notices.py" line="39" />
            <source>Made the library readable by you only (files and folders changed: %1).</source>
            <translation>Bibliotēka tagad ir lasāma tikai jums (mainīti faili un mapes: %1).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/library_notices.py" line="42" />
            <source>Removed unfinished copies or imports left by a Reviewer that was stopped: %1.</source>
            <translation>Noņemtas nepabeigtas kopijas vai importi, kas palika no apturēta Reviewer: %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/library_notices.py" line="49" />
            <source>Waiting for the library: %1 is writing to it…</source>
            <translation>Gaida bibliotēku: tajā pašlaik raksta %1…</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="81" />
            <source>Search transcripts</source>
            <extracomment>the columns a narrow table hides first (the conversation pane shows them for the open one) the conversation the reviewer is looking at (its id), or None</extracomment>
            <translation>Meklēt tekstos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="86" />
            <source>Conversations with a turn that contains all these words in any of their forms ("лампа" finds "лампу"); the first letters of a word find it too; "quotes" find an exact phrase</source>
            <translation>Sarunas, kurās vienā replikā ir visi šie vārdi jebkurā formā ("lampa" atrod "lampu"); vārdu atrod arī pēc pirmajiem burtiem; "pēdiņas" meklē precīzu frāzi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="95" />
            <source>All channels</source>
            <translation>Visi kanāli</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="99" />
            <source>All statuses</source>
            <translation>Visi statusi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="100" />
            <source>To review</source>
            <translation>Jānovērtē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="101" />
            <source>Not reviewed by me</source>
            <translation>Manis nenovērtētās</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="102" />
            <source>Conversations without a submitted review</source>
            <translation>Sarunas bez iesniegta vērtējuma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="103" />
            <source>Conversations without a review you submitted</source>
            <translation>Sarunas, kurām jūs neesat iesniedzis vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="111" />
            <source>Any date</source>
            <translation>Jebkurš datums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="112" />
            <source>Last 7 days</source>
            <translation>Pēdējās 7 dienas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="113" />
            <source>Last 30 days</source>
            <translation>Pēdējās 30 dienas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="114" />
            <source>This month</source>
            <translation>Šis mēnesis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="115" />
            <source>Date range…</source>
            <translation>Periods…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="121" />
            <source>From this day</source>
            <translation>No šīs dienas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="122" />
            <source>To this day, inclusive</source>
            <translation>Līdz šai dienai ieskaitot</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="125" />
            <source>Open disputes</source>
            <translation>Atvērti apstrīdējumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="126" />
            <source>Only conversations whose review has an open dispute (⚖)</source>
            <translation>Tikai sarunas, kuru vērtējums tiek apstrīdēts (⚖)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="129" />
            <source>Only conversations whose figures pass a limit</source>
            <translation>Tikai sarunas, kuru rādītāji pārsniedz robežu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="131" />
            <source>Any figures</source>
            <translation>Jebkuri rādītāji</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="132" />
            <source>Silence over 30 s</source>
            <translation>Klusums ilgāks par 30 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="133" />
            <source>First reply over 30 s</source>
            <translation>Pirmā atbilde ilgāk par 30 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="134" />
            <source>First reply over 2 h</source>
            <translation>Pirmā atbilde ilgāk par 2 h</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="135" />
            <source>Overtalk over 5 s</source>
            <translation>Vienlaicīga runa ilgāk par 5 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="136" />
            <source>Overtalk over 15 s</source>
            <translation>Vienlaicīga runa ilgāk par 15 s</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="139" />
            <source>Clear filters</source>
            <translation>Notīrīt filtrus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="275" />
            <source>All employees</source>
            <translation>Visi darbinieki</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="362" />
            <source>More than %1 matching conversations</source>
            <translation>Atrastas sarunas: vairāk nekā %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="364" />
            <source>%1 matching conversations</source>
            <translation>Atrastas sarunas: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="366" />
            <source>1 matching conversation</source>
            <translation>Atrastas sarunas: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="368" />
            <source>%1 conversations</source>
            <translation>Sarunas: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="370" />
            <source>1 conversation</source>
            <translation>Sarunas: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="376" />
            <source>Nothing left to review. Choose “All statuses” to see the reviewed conversations.</source>
            <translation>Vairs nav ko vērtēt. Izvēlieties “Visi statusi”, lai redzētu novērtētās sarunas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="379" />
            <source>No conversation matches these filters.</source>
            <translation>Nav sarunu, kas atbilst šiem filtriem.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="382" />
            <source>No conversations yet.

Import calls, chats or e-mails with File → Import, or drop files or folders here.</source>
            <translation>Sarunu vēl nav.

Importējiet zvanus, tērzēšanas vai e-pastus ar Fails → Importēt vai ievelciet šeit failus vai mapes.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="446" />
            <location filename="../../reviewer/ui/library/library_view.py" line="448" />
            <source>Show Only %1</source>
            <translation>Rādīt tikai: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="451" />
            <source>Clear Filters</source>
            <translation>Notīrīt filtrus</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="90" />
            <source>Reviewer — %1</source>
            <extracomment>an import ended: its results (reviewer.importing.FileResult) and whether it was cancelled</extracomment>
            <translation>Reviewer — %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="172" />
            <source>Import &amp;Files…</source>
            <translation>Importēt &amp;failus…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="174" />
            <source>Import recordings, chat exports or e-mails</source>
            <translation>Importēt ierakstus, tērzēšanas eksportus vai e-pastus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="176" />
            <source>Import F&amp;older…</source>
            <translation>Importēt &amp;mapi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="178" />
            <source>Import everything in a folder and its subfolders</source>
            <translation>Importēt visu no mapes un tās apakšmapēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="180" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atsvaidzināt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="183" />
            <source>&amp;Find in Conversation</source>
            <translation>Meklēt &amp;sarunā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="186" />
            <source>&amp;Search the Library</source>
            <translation>Meklēt &amp;bibliotēkā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="189" />
            <source>&amp;Quit</source>
            <translation>&amp;Iziet</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="192" />
            <source>&amp;Reports…</source>
            <translation>&amp;Pārskati…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="194" />
            <source>Coaching reports, scorecards, team summaries and score exports</source>
            <translation>Apmācības pārskati, vērtējumu kartītes, komandas kopsavilkumi un vērtējumu eksports</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="196" />
            <source>&amp;Speech Model…</source>
            <translation>&amp;Runas atpazīšanas modelis…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="197" />
            <source>Choose or download the model that transcribes calls</source>
            <translation>Izvēlēties vai lejupielādēt modeli, kas atšifrē zvanus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="199" />
            <source>&amp;Voice Profiles…</source>
            <translation>&amp;Balss profili…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="200" />
            <source>Employees' voice profiles, which tell the agent in mono calls</source>
            <translation>Darbinieku balss profili, pēc kuriem mono zvanos atpazīst operatoru</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="202" />
            <source>&amp;About Reviewer</source>
            <translation>&amp;Par Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="204" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Īsinājumtaus&amp;tiņi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="210" />
            <source>&amp;File</source>
            <translation>&amp;Fails</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="222" />
            <source>&amp;View</source>
            <translation>&amp;Skats</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="229" />
            <source>&amp;Transcription</source>
            <translation>&amp;Atšifrēšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="230" />
            <source>&amp;Coaching</source>
            <translation>&amp;Apmācība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="231" />
            <source>&amp;Settings</source>
            <translation>&amp;Iestatījumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="234" />
            <source>&amp;Help</source>
            <translation>&amp;Palīdzība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="238" />
            <source>Main</source>
            <translation>Galvenā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="256" />
            <source>Library: %1</source>
            <translation>Bibliotēka: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="284" />
            <source>About Reviewer</source>
            <translation>Par Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="285" />
            <source>Reviewer %1

Offline quality review of customer conversations: calls, chats, e-mails and mystery-shopper visits.</source>
            <translation>Reviewer %1

Klientu sarunu kvalitātes pārbaude bezsaistē: zvani, tērzēšanas, e-pasti un slepeno pircēju apmeklējumi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="303" />
            <source>Report saved: %1</source>
            <translation>Pārskats saglabāts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="346" />
            <source>Calls will be transcribed with %1</source>
            <translation>Zvani tiks atšifrēti ar modeli %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="348" />
            <source>Calls will be transcribed with the embedded model</source>
            <translation>Zvani tiks atšifrēti ar iebūvēto modeli</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="372" />
            <source>Import conversations</source>
            <translation>Importēt sarunas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="374" />
            <source>Conversations (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;All files (*)</source>
            <translation>Sarunas (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;Visi faili (*)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="381" />
            <source>Import a folder</source>
            <translation>Importēt mapi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="390" />
            <source>%1 files</source>
            <translation>faili: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="416" />
            <source>Cancelling after the current file…</source>
            <translation>Atceļ pēc pašreizējā faila…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="440" />
            <source>%1 interrupted transcriptions will continue where they stopped when run again</source>
            <translation>Pārtrauktās atšifrēšanas turpināsies no vietas, kur apstājās, kad tās palaidīs vēlreiz: %1</translation>
        </message>
    </context>
    <context>
        <name>MetricsStrip</name>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="33" />
            <source>Conversation metrics (reviewer metrics ID shows them all)</source>
            <translation>Sarunas rādītāji (visus parāda reviewer metrics ID)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="43" />
            <source>Unanswered at the end: %1</source>
            <translation>Bez atbildes beigās: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="46" />
            <source>Wait %1</source>
            <translation>Gaidīšana %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="51" />
            <source>Agent talks %1</source>
            <translation>Operators runā %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="55" />
            <source>Silences: %1</source>
            <translation>Klusuma brīži: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="56" />
            <source>(longest %1)</source>
            <translation>(garākais %1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="59" />
            <source>Overtalk %1</source>
            <translation>Vienlaicīga runa %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="62" />
            <source>Cut in: agent %1</source>
            <translation>Pārtrauca: operators %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="63" />
            <source>, customer %1</source>
            <translation>, klients %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="65" />
            <source>%1 words/min</source>
            <translation>%1 vārdi/min</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="67" />
            <source>Holds: %1</source>
            <translation>Gaidīšanas režīmi: %1</translation>
        </message>
    </context>
    <context>
        <name>ModelDialog</name>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="117" />
            <source>Speech model</source>
            <extracomment>bytes done, bytes in all model name, ok, cancelled, message (the reason, when not ok) the model the user chose (a name, or a folder path; "" is the embedded model) a download ended: model name, ok, cancelled, message</extracomment>
            <translation>Runas atpazīšanas modelis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="127" />
            <source>Calls are transcribed on this computer. The embedded model is always available; bigger models recognise speech better, especially Russian and Latvian, but are slower and must be downloaded once.</source>
            <translation>Zvani tiek atšifrēti šajā datorā. Iebūvētais modelis ir pieejams vienmēr; lielāki modeļi runu atpazīst labāk, īpaši krievu un latviešu valodā, taču darbojas lēnāk, un tie vienreiz jālejupielādē.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Model</source>
            <translation>Modelis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Speed</source>
            <translation>Ātrums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="137" />
            <source>Russian</source>
            <translation>Krievu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="137" />
            <source>Latvian</source>
            <translation>Latviešu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="137" />
            <source>English</source>
            <translation>Angļu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="138" />
            <source>How fast against the large model (large = 1×), as published</source>
            <translation>Cik reižu ātrāks par modeli large (large = 1×), pēc publicētajiem datiem</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="149" />
            <source>Download</source>
            <translation>Lejupielādēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="151" />
            <source>Choose folder…</source>
            <translation>Izvēlēties mapi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="156" />
            <source>Cancel download</source>
            <translation>Atcelt lejupielādi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="171" />
            <source>Use this model</source>
            <translation>Izmantot šo modeli</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="176" />
            <source>Size, speed and the accuracy ranking are the models' published figures. WER (word error rate: lower is better) is measured by Reviewer's benchmark on short test recordings, so treat it as a rough guide.</source>
            <translation>Izmērs, ātrums un precizitātes vērtējums ir modeļu publicētie dati. WER (kļūdaino vārdu daļa: jo mazāk, jo labāk) izmērīts ar Reviewer testu īsos ierakstos, tāpēc tas ir tikai aptuvens orientieris.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="196" />
            <source>Embedded, ready</source>
            <translation>Iebūvēts, gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="196" />
            <source>Not installed</source>
            <translation>Nav instalēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="198" />
            <source>Downloaded, ready</source>
            <translation>Lejupielādēts, gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="200" />
            <source>Folder, ready</source>
            <translation>Mape, gatava</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="200" />
            <source>Folder, not usable</source>
            <translation>Mape, nav izmantojama</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="201" />
            <source>Not downloaded</source>
            <translation>Nav lejupielādēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="218" />
            <source>{name} (also: {aliases})</source>
            <translation>{name} (arī: {aliases})</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="220" />
            <source>{name} (embedded)</source>
            <translation>{name} (iebūvētais)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="224" />
            <source>{label} (in use)</source>
            <translation>{label} (tiek izmantots)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="235" />
            <source>Measured on {words} words: {clips}</source>
            <translation>Izmērīts uz vārdiem: {words}; ieraksti: {clips}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="250" />
            <source>★ Recommended: {ru} for Russian (close to the largest model's accuracy at about 8× its speed); {lv} for Latvian (the most accurate model: Latvian had little training data, and the embedded model misses most Latvian words). Both need a download and run much slower than the embedded model on a computer without a graphics card.</source>
            <translation>★ Ieteicams: {ru} krievu valodai (precizitāte tuvu lielākajam modelim, bet apmēram 8 reizes ātrāk); {lv} latviešu valodai (visprecīzākais modelis: latviešu valodas apmācības datu bija maz, un iebūvētais modelis neatpazīst lielāko daļu latviešu vārdu). Abi jālejupielādē, un datorā bez grafiskās kartes tie darbojas daudz lēnāk nekā iebūvētais.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="271" />
            <source>WER {wer} % · {words} words</source>
            <translation>WER {wer} % · vārdi: {words}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="275" />
            <source>English only</source>
            <translation>Tikai angļu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="275" />
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="277" />
            <source>good (published)</source>
            <translation>laba (publicēts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="276" />
            <source>weakest (published)</source>
            <translation>vājākā (publicēts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="276" />
            <source>basic (published)</source>
            <translation>pamata (publicēts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="276" />
            <source>fair (published)</source>
            <translation>vidēja (publicēts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="277" />
            <source>best (published)</source>
            <translation>labākā (publicēts)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="313" />
            <source>Choose a speech model folder</source>
            <translation>Izvēlieties runas atpazīšanas modeļa mapi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="322" />
            <source>This folder cannot be used: {reason}</source>
            <translation>Šo mapi nevar izmantot: {reason}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="348" />
            <source>Downloading {name}…</source>
            <translation>Lejupielādē modeli {name}…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="355" />
            <source>Stopping the download…</source>
            <translation>Aptur lejupielādi…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="370" />
            <source>{name} is ready.</source>
            <translation>Modelis {name} ir gatavs.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="373" />
            <source>Download of {name} stopped. Downloading it again continues where it stopped.</source>
            <translation>Modeļa {name} lejupielāde apturēta. Atkārtota lejupielāde turpināsies no vietas, kur tā apstājās.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="378" />
            <source>Download of {name} failed: {reason}</source>
            <translation>Neizdevās lejupielādēt modeli {name}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PersonaBox</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="90" />
            <source>— not played —</source>
            <translation>— netika spēlēta —</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="91" />
            <source>Doesn't know what they need</source>
            <translation>Nezina, ko grib</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="92" />
            <source>Knows better</source>
            <translation>Zina labāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="93" />
            <source>Rude</source>
            <translation>Rupjš</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="94" />
            <source>Offended / suspicious</source>
            <translation>Aizvainots / aizdomīgs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="95" />
            <source>Other (describe)</source>
            <translation>Cita (aprakstiet)</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="48" />
            <source>This photo cannot be shown: %1</source>
            <translation>Šo foto nevar parādīt: %1</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="60" />
            <source>Play or pause the recording</source>
            <extracomment>the player's position after a seek (seek bar, keys, a clicked turn, the view's seek_to_*), ms</extracomment>
            <translation>Atskaņot vai apturēt ierakstu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="61" />
            <source>Back 5 seconds</source>
            <translation>Atpakaļ par 5 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="62" />
            <source>Forward 5 seconds</source>
            <translation>Uz priekšu par 5 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="63" />
            <source>Previous turn (the start of this one when well into it)</source>
            <translation>Iepriekšējā replika (vai pašreizējās sākums, ja tā jau ir sākusies)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="65" />
            <source>Next turn</source>
            <translation>Nākamā replika</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="66" />
            <source>Play faster</source>
            <translation>Ātrāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="67" />
            <source>Play slower</source>
            <translation>Lēnāk</translation>
        </message>
    </context>
    <context>
        <name>PlayerBar</name>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="105" />
            <source>Back 5 seconds (%1)</source>
            <extracomment>the position moved (playing, or after a seek), ms the user sent the player somewhere (seek bar, skip, a turn), ms playing (True) or paused/stopped (False)</extracomment>
            <translation>Atpakaļ par 5 sekundēm (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="107" />
            <location filename="../../reviewer/ui/conversation/player.py" line="302" />
            <source>Play (%1)</source>
            <translation>Atskaņot (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="110" />
            <source>Forward 5 seconds (%1)</source>
            <translation>Uz priekšu par 5 sekundēm (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="113" />
            <source>Position / length of the recording</source>
            <translation>Pozīcija / ieraksta garums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="121" />
            <source>Playback speed (%1 faster, %2 slower)</source>
            <translation>Atskaņošanas ātrums (%1 — ātrāk, %2 — lēnāk)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="123" />
            <source>Playback speed</source>
            <translation>Atskaņošanas ātrums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="125" />
            <location filename="../../reviewer/ui/conversation/player.py" line="265" />
            <source>Mute</source>
            <translation>Izslēgt skaņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="175" />
            <source>The recording is missing: %1</source>
            <translation>Ieraksts nav atrasts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="265" />
            <source>Unmute</source>
            <translation>Ieslēgt skaņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="302" />
            <source>Pause (%1)</source>
            <translation>Pauze (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="311" />
            <source>Cannot play %1: %2</source>
            <translation>Nevar atskaņot %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="317" />
            <source>No sound output: playing silently</source>
            <translation>Nav skaņas izvades ierīces: atskaņo bez skaņas</translation>
        </message>
    </context>
    <context>
        <name>QueueDock</name>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="33" />
            <source>My Queue</source>
            <extracomment>the user chose a conversation of the queue</extracomment>
            <translation>Mana rinda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="41" />
            <source>Next Conversation (F8)</source>
            <translation>Nākamā saruna (F8)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="62" />
            <source>Nothing is assigned to %1.</source>
            <translation>%1 nekas nav piešķirts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="64" />
            <source>My queue: %1 of %2 done</source>
            <translation>Mana rinda: pabeigtas %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="66" />
            <source>, due %1</source>
            <translation>, termiņš: %1</translation>
        </message>
    </context>
    <context>
        <name>RaiseDisputeDialog</name>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="48" />
            <source>Dispute an Answer</source>
            <translation>Apstrīdēt atbildi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="62" />
            <source>Why the answer is wrong, in the employee's words</source>
            <translation>Kāpēc atbilde ir nepareiza — darbinieka vārdiem</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="65" />
            <source>A trainer raises it on the employee's behalf</source>
            <translation>Treneris iesniedz darbinieka vārdā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="72" />
            <source>Attach as evidence: %1</source>
            <translation>Pievienot kā pierādījumu: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="74" />
            <source>No evidence: select turns or play the recording first to attach some</source>
            <translation>Bez pierādījumiem: lai pievienotu, vispirms atlasiet replikas vai atskaņojiet ierakstu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="78" />
            <source>Criterion:</source>
            <translation>Kritērijs:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="79" />
            <source>Proposed answer:</source>
            <translation>Ierosinātā atbilde:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="80" />
            <source>Argument:</source>
            <translation>Pamatojums:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="81" />
            <source>Raised by:</source>
            <translation>Iesniedz:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="83" />
            <source>Evidence:</source>
            <translation>Pierādījumi:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="85" />
            <source>Raise Dispute</source>
            <translation>Apstrīdēt</translation>
        </message>
    </context>
    <context>
        <name>RecorderWidget</name>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="134" />
            <source>The microphone to record with</source>
            <extracomment>the file a recording is being written to reviewer.recording.RecordingResult of a recording that was stopped a recording could not start or broke off: the message shown</extracomment>
            <translation>Mikrofons ierakstīšanai</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="139" />
            <source>Look for microphones again (after plugging one in)</source>
            <translation>Meklēt mikrofonus vēlreiz (pēc jauna pievienošanas)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="142" />
            <source>Record</source>
            <translation>Ierakstīt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="143" />
            <source>Start recording; the file is saved in the library as it is recorded</source>
            <translation>Sākt ierakstu; fails tiek saglabāts bibliotēkā ierakstīšanas laikā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="146" />
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="329" />
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="149" />
            <source>Stop</source>
            <translation>Apturēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="150" />
            <source>Finish the recording and attach it to the visit</source>
            <translation>Pabeigt ierakstu un pievienot to apmeklējumam</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="155" />
            <source>Length of the recording so far</source>
            <translation>Ieraksta garums līdz šim</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="157" />
            <source>Input level: speech should move the bar into the green, not the red</source>
            <translation>Ieejas līmenis: runai josla jāaizved līdz zaļajai zonai, bet ne līdz sarkanajai</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="203" />
            <source>%1 — system default</source>
            <translation>%1 — sistēmas noklusējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="210" />
            <source>No microphone was found. Connect one and press %1 to look again; everything else in the form works without it.</source>
            <translation>Mikrofons nav atrasts. Pievienojiet to un nospiediet %1, lai meklētu vēlreiz; viss pārējais veidlapā darbojas arī bez tā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="216" />
            <source>No input device</source>
            <translation>Nav ieraksta ierīces</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="287" />
            <source>The microphone has stopped sending sound. Check that it is still connected; what was recorded so far is kept.</source>
            <translation>Mikrofons vairs nesūta skaņu. Pārbaudiet, vai tas joprojām ir pievienots; līdz šim ierakstītais ir saglabāts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="297" />
            <source>Recording is not available on this computer: the PortAudio sound library is not installed. Everything else in the form works.</source>
            <translation>Ierakstīšana šajā datorā nav pieejama: nav instalēta skaņas bibliotēka PortAudio. Viss pārējais veidlapā darbojas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="299" />
            <source>No microphone was found, or the chosen one is gone. Connect one and press %1 to look again.</source>
            <translation>Mikrofons nav atrasts, vai izvēlētais ir atvienots. Pievienojiet mikrofonu un nospiediet %1, lai meklētu vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="301" />
            <source>The microphone is busy: another program is using it. Close that program and press Record again.</source>
            <translation>Mikrofons ir aizņemts: to izmanto cita programma. Aizveriet to un vēlreiz nospiediet “Ierakstīt”.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="303" />
            <source>The microphone could not be used: %1</source>
            <translation>Mikrofonu neizdevās izmantot: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="304" />
            <source>The recording could not be written: %1</source>
            <translation>Ierakstu neizdevās saglabāt failā: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="329" />
            <source>Resume</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="333" />
            <source>Paused</source>
            <translation>Pauzēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="336" />
            <source>Recording</source>
            <translation>Notiek ierakstīšana</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="116" />
            <source>Reports</source>
            <extracomment>the file written why no file was written (the message names the problem)</extracomment>
            <translation>Pārskati</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="125" />
            <source>Coaching report for an employee (PDF)</source>
            <translation>Darbinieka apmācības pārskats (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="126" />
            <source>Scorecard of one review (PDF)</source>
            <translation>Viena vērtējuma kartīte (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="127" />
            <source>Team summary (PDF)</source>
            <translation>Komandas kopsavilkums (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="128" />
            <source>All scores for spreadsheets (CSV)</source>
            <translation>Visi vērtējumi izklājlapām (CSV)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="134" />
            <source>Only reviews submitted from</source>
            <translation>Tikai vērtējumi, kas iesniegti no</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="146" />
            <source>Choose…</source>
            <translation>Izvēlēties…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="148" />
            <source>Open the file when it is ready</source>
            <translation>Atvērt failu, kad tas būs gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="159" />
            <source>to</source>
            <translation>līdz</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="166" />
            <source>Report:</source>
            <translation>Pārskats:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="167" />
            <source>Employee:</source>
            <translation>Darbinieks:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="168" />
            <source>Review number:</source>
            <translation>Vērtējuma numurs:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="169" />
            <source>Period:</source>
            <translation>Periods:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="170" />
            <source>Rubric:</source>
            <translation>Anketa:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="171" />
            <source>Language of headings:</source>
            <translation>Virsrakstu valoda:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="172" />
            <source>Save as:</source>
            <translation>Saglabāt kā:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="177" />
            <source>Generate</source>
            <translation>Izveidot</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="178" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="181" />
            <source>Plan a Session from This Report…</source>
            <translation>Plānot sesiju no šī pārskata…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="218" />
            <source>All rubrics</source>
            <translation>Visas anketas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="245" />
            <source>No employee has submitted reviews in this period</source>
            <translation>Nevienam darbiniekam šajā periodā nav iesniegtu vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="287" />
            <source>Save the report as</source>
            <translation>Saglabāt pārskatu kā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="288" />
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="288" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF faili (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="299" />
            <source>Choose where to save the report.</source>
            <translation>Izvēlieties, kur saglabāt pārskatu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="303" />
            <source>The folder {0} does not exist.</source>
            <translation>Mape {0} neeksistē.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="306" />
            <source>No employee has submitted reviews in this period.</source>
            <translation>Nevienam darbiniekam šajā periodā nav iesniegtu vērtējumu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/session_planning.py" line="22" />
            <source>There are no employees in this library yet.</source>
            <translation>Šajā bibliotēkā vēl nav darbinieku.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/session_planning.py" line="33" />
            <source>No session can be planned: {0}</source>
            <translation>Sesiju nevar plānot: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/session_planning.py" line="40" />
            <source>Coaching session {0} saved.</source>
            <translation>Apmācības sesija {0} saglabāta.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="313" />
            <source>The period starts after it ends.</source>
            <translation>Perioda sākums ir vēlāks par beigām.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="344" />
            <source>Not saved: {0} is kept as it was.</source>
            <translation>Nav saglabāts: fails {0} palika nemainīts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="357" />
            <source>Making the report…</source>
            <translation>Veido pārskatu…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="362" />
            <source>Replace the file?</source>
            <translation>Aizstāt failu?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="363" />
            <source>{0} already exists. Replace it with the new report?</source>
            <translation>Fails {0} jau pastāv. Aizstāt to ar jauno pārskatu?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="372" />
            <source>Cancelling…</source>
            <translation>Atceļ…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="397" />
            <source>Saved {0}</source>
            <translation>Saglabāts: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="404" />
            <source>No report was made: {0}</source>
            <translation>Pārskats netika izveidots: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="408" />
            <source>Cancelled; no file was written.</source>
            <translation>Atcelts; fails netika ierakstīts.</translation>
        </message>
    </context>
    <context>
        <name>ReviewHistory</name>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="70" />
            <source>%1 started the review</source>
            <extracomment>the id of another reviewer's review to look at</extracomment>
            <translation>%1 sāka vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="79" />
            <source>History (%1)</source>
            <translation>Vēsture (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="112" />
            <source>no answer</source>
            <translation>nav atbildes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="123" />
            <source>%1 submitted the review</source>
            <translation>%1 iesniedza vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="125" />
            <source>%1 reopened the review</source>
            <translation>%1 atkārtoti atvēra vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="128" />
            <source>%1 changed “%2” from %3 to %4</source>
            <translation>%1 mainīja “%2”: %3 → %4</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="132" />
            <source>%1 decided a dispute: “%2” from %3 to %4</source>
            <translation>%1 izlēma apstrīdējumu: «%2» no «%3» uz «%4»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="137" />
            <source>%1 changed the comment on “%2”: %3</source>
            <translation>%1 mainīja komentāru pie “%2”: %3</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="138" />
            <source>removed</source>
            <translation>noņemts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="140" />
            <source>%1 changed the evidence of “%2” (now %3)</source>
            <translation>%1 mainīja pierādījumus pie “%2” (tagad %3)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="150" />
            <source>submitted %1</source>
            <translation>iesniegts %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="152" />
            <source>draft</source>
            <translation>melnraksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="156" />
            <source>Other reviews:</source>
            <translation>Citi vērtējumi:</translation>
        </message>
    </context>
    <context>
        <name>ScoringHeader</name>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="67" />
            <source>Your name is recorded on your reviews. Type it to start:</source>
            <extracomment>a rubric was picked in the box (before scoring started) "change" next to the reviewer's name "Back to yours" while another reviewer's review is shown the name typed when asked for it before the first review</extracomment>
            <translation>Jūsu vārds tiek ierakstīts jūsu vērtējumos. Ierakstiet to, lai sāktu:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="69" />
            <source>Your name</source>
            <translation>Jūsu vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="70" />
            <source>Start</source>
            <translation>Sākt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="89" />
            <source>This rubric asks for a comment on every lowest answer, saying what happened.</source>
            <translation>Šī anketa prasa komentāru pie katras zemākās atbildes: kas notika.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="143" />
            <source>The rubric of a review cannot change once scoring has started</source>
            <translation>Vērtējuma anketu nevar mainīt, kad vērtēšana ir sākta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="159" />
            <source>so far, %1 of %2 answered</source>
            <translation>pagaidām atbildēti %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="161" />
            <source>%1 of %2 criteria answered</source>
            <translation>Atbildēti kritēriji: %1 no %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="163" />
            <source>The score of the criteria answered so far</source>
            <translation>Punkti par kritērijiem, uz kuriem jau ir atbilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="170" />
            <source>your name, asked at the first answer</source>
            <translation>jūsu vārds, jautāsim pie pirmās atbildes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="173" />
            <source>Reviewer: %1</source>
            <translation>Vērtētājs: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="175" />
            <source>change</source>
            <translation>mainīt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="179" />
            <source>Not started: the first answer starts a draft, saved as you go.</source>
            <translation>Nav sākts: pirmā atbilde izveido melnrakstu, kas tiek saglabāts darba gaitā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="181" />
            <source>Submitted %1. Read-only until reopened.</source>
            <translation>Iesniegts %1. Tikai lasīšanai, līdz to atkārtoti atver.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="183" />
            <source>Reopened: changes are kept in the history. Saved %1.</source>
            <translation>Atkārtoti atvērts: izmaiņas tiek saglabātas vēsturē. Saglabāts %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="186" />
            <source>Draft, saved %1.</source>
            <translation>Melnraksts, saglabāts %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="189" />
            <source>Back to yours</source>
            <translation>Atpakaļ pie sava</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="190" />
            <source>This is another reviewer's review.</source>
            <translation>Šis ir cita vērtētāja vērtējums.</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="82" />
            <source>Submit</source>
            <extracomment>an evidence link was clicked: the Evidence (main_window seeks the conversation view) a review of this conversation (its id) was submitted or reopened: the library row changed</extracomment>
            <translation>Iesniegt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="83" />
            <source>Make the review final (Ctrl+Enter)</source>
            <translation>Padarīt vērtējumu galīgu (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="86" />
            <source>Reopen</source>
            <translation>Atvērt atkārtoti</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="87" />
            <source>Make the submitted review editable again; changes are kept in its history</source>
            <translation>Atkal ļaut labot iesniegto vērtējumu; izmaiņas tiek saglabātas tā vēsturē</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="203" />
            <source>Your name</source>
            <translation>Jūsu vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="203" />
            <source>The name recorded on your reviews:</source>
            <translation>Vārds, kas tiek ierakstīts jūsu vērtējumos:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="224" />
            <source>Select a conversation to score it.</source>
            <translation>Izvēlieties sarunu, lai to novērtētu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="239" />
            <source>No rubric fits this conversation's channel (%1). Put one in %2.</source>
            <translation>Šīs sarunas kanālam (%1) nav anketas. Ievietojiet to mapē %2.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="356" />
            <source>Type your name above first: it is recorded on your reviews. Your answer is saved as soon as you start.</source>
            <translation>Vispirms augšā ierakstiet savu vārdu: tas tiek ierakstīts jūsu vērtējumos. Atbilde tiks saglabāta, tiklīdz sāksiet.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="388" />
            <source>This review is submitted: reopen it to change its answers.</source>
            <translation>Šis vērtējums ir iesniegts: atveriet to atkārtoti, lai mainītu atbildes.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="446" />
            <source>Select turns in the transcript, or play the recording, then attach them as evidence.</source>
            <translation>Atlasiet replikas atšifrējumā vai atskaņojiet ierakstu, tad pievienojiet tos kā pierādījumu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="476" />
            <source>Submitted. The review is read-only until you reopen it.</source>
            <translation>Iesniegts. Vērtējumu var tikai lasīt, līdz jūs to atkārtoti atverat.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="482" />
            <source>Reopened: your changes will be kept in the review's history.</source>
            <translation>Atkārtoti atvērts: jūsu izmaiņas tiks saglabātas vērtējuma vēsturē.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="132" />
            <source>the review scores 0</source>
            <translation>vērtējums ir 0</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="133" />
            <source>its section scores 0</source>
            <translation>tā sadaļa ir 0</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="134" />
            <source>the review is flagged</source>
            <translation>vērtējums atzīmēts ar karodziņu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="136" />
            <source>Critical failed: %1 (%2)</source>
            <translation>Neizpildīts kritisks kritērijs: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="145" />
            <source>and %1 more</source>
            <translation>un vēl %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="161" />
            <source>The review cannot be submitted yet.</source>
            <translation>Vērtējumu vēl nevar iesniegt.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="165" />
            <source>Not answered (%1 of %2):</source>
            <translation>Bez atbildes (%1 no %2):</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="169" />
            <source>A comment saying why is required for:</source>
            <translation>Vajadzīgs komentārs ar paskaidrojumu pie:</translation>
        </message>
    </context>
    <context>
        <name>SectionHeader</name>
        <message>
            <location filename="../../reviewer/ui/scoring/criteria_list.py" line="47" />
            <source>No criterion of this section counts yet</source>
            <translation>Šajā sadaļā vēl netiek ieskaitīts neviens kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criteria_list.py" line="51" />
            <source>Set to 0 by a failed critical criterion</source>
            <translation>Kļuvis par 0 neizpildīta kritiska kritērija dēļ</translation>
        </message>
    </context>
    <context>
        <name>SeekBar</name>
        <message>
            <location filename="../../reviewer/ui/conversation/seek_bar.py" line="48" />
            <source>Position in the recording</source>
            <extracomment>Lanes from top to bottom; a lane is drawn only when the conversation has turns of that role. the user asked to go to this position (ms)</extracomment>
            <translation>Pozīcija ierakstā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/seek_bar.py" line="277" />
            <source>Silence of %1</source>
            <translation>Klusums %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/seek_bar.py" line="277" />
            <source>Overtalk of %1</source>
            <translation>Vienlaicīga runa %1</translation>
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
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="68" />
            <source>Click a turn to play the call from there; Ctrl+click or Shift+click selects several turns. Keys typed into a text field stay there: Space types a space.</source>
            <translation>Noklikšķiniet uz replikas, lai atskaņotu zvanu no turienes; Ctrl+klikšķis vai Shift+klikšķis atlasa vairākas replikas. Teksta laukā nospiestie taustiņi paliek tajā: atstarpe ievada atstarpi.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="73" />
            <source>Close</source>
            <translation>Aizvērt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="96" />
            <source>Player</source>
            <translation>Atskaņotājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="97" />
            <source>Transcript</source>
            <translation>Atšifrējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="98" />
            <source>Find in the conversation</source>
            <translation>Meklēšana sarunā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="99" />
            <source>Seek bar (when it has the focus)</source>
            <translation>Pārtīšanas josla (kad tā ir fokusā)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="100" />
            <source>Scoring (in the criteria list)</source>
            <translation>Vērtēšana (kritēriju sarakstā)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="101" />
            <source>Transcription jobs</source>
            <translation>Atšifrēšanas uzdevumi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="153" />
            <source>Previous or next criterion</source>
            <translation>Iepriekšējais vai nākamais kritērijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="154" />
            <source>Previous or next section</source>
            <translation>Iepriekšējā vai nākamā sadaļa</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="155" />
            <source>Answer yes, partly or no</source>
            <translation>Atbilde “jā”, “daļēji” vai “nē”</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="156" />
            <source>That point of a rating or points scale</source>
            <translation>Šis skalas vērtējums vai punkts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="157" />
            <source>Not applicable, where allowed</source>
            <translation>Nav attiecināms, kur tas atļauts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="158" />
            <source>Clear the answer</source>
            <translation>Notīrīt atbildi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="159" />
            <source>Write a comment (Esc leaves it)</source>
            <translation>Rakstīt komentāru (Esc — iziet no tā)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="160" />
            <source>Attach the selected turns or the moment playing as evidence</source>
            <translation>Pievienot atlasītās replikas vai atskaņoto brīdi kā pierādījumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="161" />
            <source>Submit the review</source>
            <translation>Iesniegt vērtējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="162" />
            <source>Cancel the selected transcriptions</source>
            <translation>Atcelt atlasītās atšifrēšanas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="102" />
            <source>Other</source>
            <translation>Citi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="146" />
            <source>Next match</source>
            <translation>Nākamā atbilstība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="147" />
            <source>Previous match</source>
            <translation>Iepriekšējā atbilstība</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="148" />
            <source>Clear the search</source>
            <translation>Notīrīt meklēšanu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="149" />
            <source>Back or forward 5 seconds</source>
            <translation>Atpakaļ vai uz priekšu par 5 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="150" />
            <source>Back or forward 30 seconds</source>
            <translation>Atpakaļ vai uz priekšu par 30 sekundēm</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="151" />
            <source>The start or the end of the recording</source>
            <translation>Ieraksta sākums vai beigas</translation>
        </message>
    </context>
    <context>
        <name>SpeakerCountButton</name>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="76" />
            <source>How many people speak in this one-channel recording. Choosing another number transcribes the call again.</source>
            <translation>Cik cilvēku runā šajā viena kanāla ierakstā. Izvēloties citu skaitu, zvans tiks atšifrēts no jauna.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="38" />
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="73" />
            <source>Detect</source>
            <translation>Noteikt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="74" />
            <source>Speakers: %1</source>
            <translation>Runātāji: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="79" />
            <source>Separation heard one voice in this recording (no number of speakers was set). Choosing a number transcribes the call again with that many speakers.</source>
            <translation>Sadalīšana šajā ierakstā dzirdēja vienu balsi (runātāju skaits nav iestatīts). Izvēloties skaitu, zvans tiks atšifrēts no jauna ar tik runātājiem.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="82" />
            <source>Separation found %1 speakers in this recording (no number of speakers was set). Choosing a number transcribes the call again with that many speakers.</source>
            <translation>Sadalīšana šajā ierakstā atrada runātājus: %1 (runātāju skaits nav iestatīts). Izvēloties skaitu, zvans tiks atšifrēts no jauna ar tik runātājiem.</translation>
        </message>
    </context>
    <context>
        <name>SpeakerRolesBar</name>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="59" />
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="121" />
            <source>Swap Agent and Customer</source>
            <extracomment>error message, "" when none the roles were swapped: the conversation's turns changed the voice profile was updated after a swap (error message, "" when none)</extracomment>
            <translation>Samainīt aģentu un klientu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="60" />
            <source>The machine took the wrong speaker for the agent: swap the roles of all their turns at once</source>
            <translation>Programma par aģentu uzskatīja nepareizo runātāju: samainīt lomas visās viņu replikās uzreiz</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="63" />
            <source>Swap &amp;Agent and Customer</source>
            <translation>Samainīt &amp;aģentu un klientu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="78" />
            <source>voice profile</source>
            <translation>balss profils</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="79" />
            <source>greets with the company name</source>
            <translation>sveicina ar uzņēmuma nosaukumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="80" />
            <source>introduces themself</source>
            <translation>iepazīstina ar sevi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="81" />
            <source>offers help</source>
            <translation>piedāvā palīdzību</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="82" />
            <source>says the company name</source>
            <translation>nosauc uzņēmumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="83" />
            <source>the other speaker asks for something</source>
            <translation>otrs runātājs kaut ko lūdz</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="84" />
            <source>asks to wait or checks, as an agent does</source>
            <translation>lūdz uzgaidīt vai pārbauda, kā to dara aģents</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="85" />
            <source>says "you" and "we" where the other says "I"</source>
            <translation>saka «jūs» un «mēs», kur otrs saka «es»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="86" />
            <source>call direction</source>
            <translation>zvana virziens</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="87" />
            <source>no cue, first speaker</source>
            <translation>bez pazīmes, pirmais runātājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="88" />
            <source>set by a reviewer</source>
            <translation>iestatījis vērtētājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="103" />
            <source>Agent: Speaker %1 — set by %2</source>
            <translation>Aģents: runātājs %1 — iestatīja %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="104" />
            <source>a reviewer</source>
            <translation>vērtētājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="106" />
            <source>Agent: Speaker %1 — %2, %3 % sure</source>
            <translation>Aģents: runātājs %1 — %2, pārliecība %3 %</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="131" />
            <source>No automatic check: this one is yours to judge</source>
            <translation>Nav automātiskas pārbaudes: to vērtējat jūs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="142" />
            <source>Suggested: %1</source>
            <translation>Ieteikts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="144" />
            <source>(experimental)</source>
            <translation>(eksperimentāli)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="147" />
            <source>Accept (S)</source>
            <translation>Pieņemt (S)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="151" />
            <source>✓ Your answer matches the suggestion</source>
            <translation>✓ Jūsu atbilde sakrīt ar ieteikumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="155" />
            <source>overridden</source>
            <translation>mainīts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="161" />
            <source>Confidence %1 %</source>
            <translation>Ticamība %1 %</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="170" />
            <source>Turn %1</source>
            <translation>Replika %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="176" />
            <source>wrong answer</source>
            <translation>nepareiza atbilde</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="177" />
            <source>wrong evidence</source>
            <translation>nepareizs pierādījums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="178" />
            <source>missed evidence</source>
            <translation>izlaists pierādījums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="181" />
            <source>Why?</source>
            <translation>Kāpēc?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="235" />
            <source>Noted: the suggestion was a %1.</source>
            <translation>Atzīmēts: ieteikumam %1.</translation>
        </message>
    </context>
    <context>
        <name>TeamControl</name>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="21" />
            <source>My &amp;Queue</source>
            <translation>Mana &amp;rinda</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="23" />
            <source>&amp;Next in My Queue</source>
            <translation>&amp;Nākamā rindā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="25" />
            <source>Open the next conversation assigned to you that still needs a review</source>
            <translation>Atvērt nākamo jums piešķirto sarunu, kas vēl nav novērtēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="28" />
            <source>&amp;Export for a Colleague…</source>
            <translation>&amp;Eksports kolēģim…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="30" />
            <source>The selected conversations and their reviews in one file for another reviewer's library</source>
            <translation>Atlasītās sarunas un to vērtējumi vienā failā cita vērtētāja bibliotēkai</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="33" />
            <source>&amp;Calibration Results…</source>
            <translation>&amp;Kalibrēšanas rezultāti…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="59" />
            <source>Nothing left in your queue</source>
            <translation>Jūsu rindā nekas nav palicis</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="77" />
            <source>Exported %1 reviews to %2</source>
            <translation>Eksportēti %1 vērtējumi uz %2</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionControl</name>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="44" />
            <source>&amp;Transcribe Selected</source>
            <translation>&amp;Atšifrēt atlasītās</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="45" />
            <source>Transcribe</source>
            <translation>Atšifrēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="48" />
            <source>Transcribe the recordings of the selected calls on this computer (Ctrl+T)</source>
            <translation>Atšifrēt atlasīto zvanu ierakstus šajā datorā (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="51" />
            <source>Transcribe All &amp;Pending</source>
            <translation>Atšifrēt visus &amp;gaidošos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="52" />
            <source>Transcribe Pending</source>
            <translation>Atšifrēt gaidošos</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="55" />
            <source>Transcribe every call that is waiting for a transcript (Ctrl+Shift+T)</source>
            <translation>Atšifrēt visus zvanus, kas gaida atšifrējumu (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="58" />
            <source>&amp;Cancel Transcription</source>
            <translation>&amp;Atcelt atšifrēšanu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="59" />
            <source>Stop transcribing the selected conversations</source>
            <translation>Apturēt atlasīto sarunu atšifrēšanu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="62" />
            <source>Transcription &amp;Jobs</source>
            <translation>Atšifrēšanas &amp;darbi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="65" />
            <source>Show or hide the transcription jobs (Ctrl+J)</source>
            <translation>Rādīt vai slēpt atšifrēšanas darbus (Ctrl+J)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="79" />
            <source>Select the calls to transcribe first</source>
            <translation>Vispirms atlasiet atšifrējamos zvanus</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="83" />
            <source>None of the selected conversations has a recording to transcribe</source>
            <translation>Nevienai no atlasītajām sarunām nav ieraksta, ko atšifrēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="95" />
            <source>No call is waiting for a transcript</source>
            <translation>Neviens zvans negaida atšifrējumu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="102" />
            <source>Transcribe again?</source>
            <translation>Atšifrēt vēlreiz?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="103" />
            <source>Selected conversations that already have a transcript: %1. Transcribe them again? Their turns, with any corrections made to them, will be replaced.</source>
            <translation>Atlasītās sarunas, kurām jau ir atšifrējums: %1. Atšifrēt tās vēlreiz? To replikas kopā ar visiem labojumiem tiks aizstātas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="120" />
            <source>Conversations that cannot be transcribed: %1</source>
            <translation>Sarunas, kuras nevar atšifrēt: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="113" />
            <source>Transcriptions waiting or running: %1</source>
            <translation>Atšifrēšanas darbi rindā vai procesā: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="118" />
            <source>… and %1 more</source>
            <translation>… un vēl %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="119" />
            <source>Not transcribed</source>
            <translation>Nav atšifrēts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="134" />
            <source>The selected conversations are not being transcribed</source>
            <translation>Atlasītās sarunas pašlaik netiek atšifrētas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="170" />
            <source>Transcription of %1 failed: %2</source>
            <translation>Neizdevās atšifrēt „%1”: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="172" />
            <source>Transcriptions finished</source>
            <translation>Atšifrēšana pabeigta</translation>
        </message>
    </context>
    <context>
        <name>TurnActions</name>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="44" />
            <source>&amp;Play From Here</source>
            <extracomment>turns were corrected: their rows (already shown as saved) "Play From Here" on this row</extracomment>
            <translation>&amp;Atskaņot no šejienes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="45" />
            <source>&amp;Edit Turn…</source>
            <translation>&amp;Labot repliku…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="46" />
            <source>Speaker: &amp;Agent</source>
            <translation>Runātājs: &amp;darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="47" />
            <source>Speaker: &amp;Customer</source>
            <translation>Runātājs: &amp;klients</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="49" />
            <source>&amp;Revert to Original</source>
            <translation>&amp;Atjaunot oriģinālu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="50" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="183" />
            <source>The turn was not changed</source>
            <extracomment>more actions after the role ones, shown while enabled (the speaker roles bar's swap)</extracomment>
            <translation>Replika netika mainīta</translation>
        </message>
    </context>
    <context>
        <name>TurnDelegate</name>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="324" />
            <source>Speaker %1</source>
            <translation>Runātājs %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="347" />
            <location filename="../../reviewer/ui/conversation/transcript.py" line="431" />
            <source>edited</source>
            <translation>labots</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="352" />
            <location filename="../../reviewer/ui/conversation/transcript.py" line="462" />
            <source>reply %1</source>
            <translation>atbilde %1</translation>
        </message>
    </context>
    <context>
        <name>TurnEditorDialog</name>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="55" />
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="80" />
            <source>Edit Turn</source>
            <translation>Labot repliku</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="56" />
            <source>This turn is no longer in the conversation; it may have been transcribed again.</source>
            <translation>Šīs replikas sarunā vairs nav: iespējams, tā ir atšifrēta no jauna.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="95" />
            <source>&amp;Text:</source>
            <translation>&amp;Teksts:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="100" />
            <source>&amp;Agent</source>
            <translation>&amp;Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="101" />
            <source>&amp;Customer</source>
            <translation>&amp;Klients</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="102" />
            <source>&amp;Unknown</source>
            <translation>&amp;Nezināms</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="105" />
            <source>S&amp;ystem</source>
            <translation>S&amp;istēma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="108" />
            <source>Speaker:</source>
            <translation>Runātājs:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="125" />
            <source>Speaker: %1</source>
            <translation>Runātājs: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="141" />
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="142" />
            <source>Save the correction (Ctrl+Enter)</source>
            <translation>Saglabāt labojumu (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="143" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="145" />
            <source>&amp;Revert to Original</source>
            <translation>&amp;Atjaunot oriģinālu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="147" />
            <source>Put back the original text and speaker</source>
            <translation>Atjaunot sākotnējo tekstu un runātāju</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="155" />
            <source>Ctrl+Enter saves. The original stays in the library and can be put back at any time.</source>
            <translation>Ctrl+Enter saglabā. Oriģināls paliek bibliotēkā, un to jebkurā brīdī var atjaunot.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="192" />
            <source>Original transcript</source>
            <translation>Sākotnējais atšifrējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="193" />
            <source>Original text</source>
            <translation>Sākotnējais teksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="201" />
            <source>Edited by %1, %2</source>
            <translation>Laboja %1, %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="202" />
            <source>Edited %1</source>
            <translation>Labots %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="249" />
            <source>The text cannot be empty. Type what was said, or revert to the original.</source>
            <translation>Teksts nevar būt tukšs. Ierakstiet, kas tika teikts, vai atjaunojiet oriģinālu.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="267" />
            <source>The turn was not saved: %1</source>
            <translation>Replika netika saglabāta: %1</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="264" />
            <source>Corrected by %1</source>
            <extracomment>the turn being played moved from one row to another (None: no row); see set_current_row</extracomment>
            <translation>Laboja %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="265" />
            <source>Corrected by a reviewer</source>
            <translation>Labojis vērtētājs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="267" />
            <source>Speaker before: %1</source>
            <translation>Runātājs pirms labojuma: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="270" />
            <source>Text before: %1</source>
            <translation>Teksts pirms labojuma: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitControl</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="20" />
            <source>New &amp;Visit…</source>
            <translation>Jauns &amp;apmeklējums…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="22" />
            <source>Log a mystery-shopper visit or test call, record it and score it</source>
            <translation>Reģistrēt slepenā pircēja apmeklējumu vai kontrolzvanu, ierakstīt to un novērtēt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="24" />
            <source>Open Visit &amp;Form</source>
            <translation>Atvērt apmeklējuma &amp;veidlapu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="25" />
            <source>The form of the selected visit or test call, beside its scoring</source>
            <translation>Izvēlētā apmeklējuma vai kontrolzvana veidlapa blakus tā vērtējumam</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="64" />
            <source>Unfinished recordings could not be stored: %1</source>
            <translation>Nepabeigtos ierakstus neizdevās saglabāt: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="68" />
            <source>Recordings cut off when Reviewer stopped were saved with their visits: %1</source>
            <translation>Ieraksti, kas tika pārtraukti, Reviewer apstājoties, saglabāti pie saviem apmeklējumiem: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitFacts</name>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="82" />
            <source>Double-click a photo to see it large</source>
            <translation>Veiciet dubultklikšķi uz foto, lai to redzētu lielu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="99" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>Novēloti: vērtējums iesniegts vēlāk nekā 12 stundas pēc apmeklējuma.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="109" />
            <source>Photos (%1)</source>
            <translation>Foto (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="120" />
            <source>Test call</source>
            <translation>Kontrolzvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="120" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="124" />
            <source>Branch</source>
            <translation>Filiāle</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="127" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="129" />
            <source>Persona</source>
            <translation>Pircēja loma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="131" />
            <source>Scenario</source>
            <translation>Scenārijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="134" />
            <source>waited %1 before being greeted</source>
            <translation>gaidīja sveicienu %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="136" />
            <source>lasted %1</source>
            <translation>ilga %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="138" />
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="140" />
            <source>Shopper</source>
            <translation>Slepenais pircējs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="142" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="147" />
            <source>Other</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="149" />
            <source>Doesn't know what they need</source>
            <translation>Nezina, ko grib</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="150" />
            <source>Knows better</source>
            <translation>Zina labāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="151" />
            <source>Rude</source>
            <translation>Rupjš</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="152" />
            <source>Offended / suspicious</source>
            <translation>Aizvainots / aizdomīgs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="157" />
            <source>no time (no EXIF)</source>
            <translation>bez laika (nav EXIF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="161" />
            <source>not during the visit</source>
            <translation>ne apmeklējuma laikā</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="109" />
            <source>not during the visit</source>
            <translation>ne apmeklējuma laikā</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="115" />
            <source>Photos taken:</source>
            <translation>Foto uzņemšanas laiks:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="83" />
            <source>Every “no” in the scoring needs a comment saying what happened (the mystery shopping standard).</source>
            <extracomment>the visit was stored (created or changed, attachments too): its conversation id</extracomment>
            <translation>Katrai atbildei “nē” vērtējumā vajadzīgs komentārs par to, kas notika (slepenā pircēja standarts).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="90" />
            <source>Shop or office</source>
            <translation>Veikals vai birojs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="91" />
            <source>Street, town</source>
            <translation>Iela, pilsēta</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="92" />
            <source>Name, if you saw or heard it</source>
            <translation>Vārds, ja to redzējāt vai dzirdējāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="97" />
            <source>Otherwise what they looked like, where they stood</source>
            <translation>Citādi — kā darbinieks izskatījās, kur stāvēja</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="98" />
            <source>What you asked for, the provocative question</source>
            <translation>Ko jūs jautājāt, provokatīvais jautājums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="100" />
            <source>The persona you played</source>
            <translation>Loma, kuru jūs spēlējāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="106" />
            <source>Your name</source>
            <translation>Jūsu vārds</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="107" />
            <source>Anything else worth knowing</source>
            <translation>Viss cits, ko vērts zināt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="115" />
            <source>Kind</source>
            <translation>Veids</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="120" />
            <source>Date and time</source>
            <translation>Datums un laiks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="121" />
            <source>Branch</source>
            <translation>Filiāle</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="122" />
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="123" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="125" />
            <source>Scenario</source>
            <translation>Scenārijs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="126" />
            <source>Persona played</source>
            <translation>Pircēja loma</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="136" />
            <source>Shopper</source>
            <translation>Slepenais pircējs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="137" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="146" />
            <source>Record the visit or call</source>
            <translation>Apmeklējuma vai zvana ieraksts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="163" />
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="231" />
            <source>Describe the persona you played, or choose one of the list.</source>
            <translation>Aprakstiet lomu, kuru spēlējāt, vai izvēlieties to no saraksta.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="239" />
            <source>%1: write minutes and seconds, such as 2:30 (or leave it empty).</source>
            <translation>%1: ierakstiet minūtes un sekundes, piemēram, 2:30 (vai atstājiet tukšu).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="284" />
            <source>Not saved: %1</source>
            <translation>Nav saglabāts: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="288" />
            <source>Saved at %1</source>
            <translation>Saglabāts %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="320" />
            <source>Saving…</source>
            <translation>Saglabā…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="322" />
            <source>Not saved yet</source>
            <translation>Vēl nav saglabāts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="333" />
            <source>Wait before answer</source>
            <translation>Gaidīšana līdz atbildei</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="333" />
            <source>Wait before greeting</source>
            <translation>Gaidīšana līdz sveicienam</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="334" />
            <source>Call length</source>
            <translation>Zvana ilgums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="334" />
            <source>Visit length</source>
            <translation>Apmeklējuma ilgums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="335" />
            <source>How long until someone answered, m:ss</source>
            <translation>Cik ilgi bija jāgaida līdz atbildei, m:ss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="336" />
            <source>How long until an employee greeted you, m:ss</source>
            <translation>Cik ilgi bija jāgaida, līdz darbinieks sasveicinājās, m:ss</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="340" />
            <source>New test call</source>
            <translation>Jauns kontrolzvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="340" />
            <source>New visit</source>
            <translation>Jauns apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="343" />
            <source>Test call: %1</source>
            <translation>Kontrolzvans: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="343" />
            <source>Visit: %1</source>
            <translation>Apmeklējums: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="345" />
            <source>Test call</source>
            <translation>Kontrolzvans</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="345" />
            <source>Visit</source>
            <translation>Apmeklējums</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="364" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>Novēloti: vērtējums iesniegts vēlāk nekā 12 stundas pēc apmeklējuma.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="366" />
            <source>More than 12 hours have passed since the visit: its review will be marked late.</source>
            <translation>Kopš apmeklējuma pagājušas vairāk nekā 12 stundas: vērtējums tiks atzīmēts kā novēlots.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="421" />
            <source>The recording cannot be started: %1</source>
            <translation>Ierakstu nevar sākt: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="425" />
            <source>Recording: the sound is saved in the library as it comes</source>
            <translation>Notiek ierakstīšana: skaņa tiek saglabāta bibliotēkā, tiklīdz tā pienāk</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="430" />
            <source>Nothing was recorded.</source>
            <translation>Nekas netika ierakstīts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="435" />
            <source>Recording of %1 saved; it will be transcribed like any call.</source>
            <translation>Ieraksts (%1) saglabāts; tas tiks atšifrēts kā jebkurš zvans.</translation>
        </message>
    </context>
    <context>
        <name>VisitWindow</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="38" />
            <source>Save the visit to score it against the mystery shopping rubric.

Every “no” answer needs a comment saying what happened.</source>
            <extracomment>the visit was stored (created or changed): its conversation id a review of the visit was submitted or reopened: its conversation id the window was closed (its recording and edits are saved)</extracomment>
            <translation>Saglabājiet apmeklējumu, lai to novērtētu pēc slepenā pircēja anketas.

Katrai atbildei “nē” vajadzīgs komentārs par to, kas notika.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="86" />
            <source>%1 — Reviewer</source>
            <translation>%1 — Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="107" />
            <location filename="../../reviewer/ui/visits/visit_window.py" line="117" />
            <source>Close the visit</source>
            <translation>Apmeklējuma aizvēršana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="107" />
            <source>This visit has not been saved. Save it?</source>
            <translation>Šis apmeklējums nav saglabāts. Saglabāt to?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="118" />
            <source>The changes cannot be saved: %1

Close without them?</source>
            <translation>Izmaiņas nevar saglabāt: %1

Aizvērt bez tām?</translation>
        </message>
    </context>
    <context>
        <name>VoiceProfilesDialog</name>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="91" />
            <source>Voice profiles</source>
            <extracomment>fraction done employee, conversations measured, conversations not used, cancelled, error message ("" when none) an employee's profile was made, refreshed or removed</extracomment>
            <translation>Balss profili</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="98" />
            <source>A voice profile tells which speaker of a mono call is the employee. It is measured from the agent channel of their transcribed two-channel calls and from turns a reviewer labelled as the agent's. Nothing is measured until you enrol an employee; removing a profile deletes it.</source>
            <translation>Balss profils parāda, kurš no runātājiem mono zvanā ir darbinieks. To mēra pēc operatora kanāla darbinieka atšifrētajos divkanālu zvanos un pēc replikām, ko vērtētājs atzīmējis kā operatora replikas. Kamēr jūs neierakstāt darbinieka balsi, nekas netiek mērīts; profila dzēšana to izdzēš pilnībā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="106" />
            <source>Employee</source>
            <translation>Darbinieks</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="106" />
            <source>Voice profile</source>
            <translation>Balss profils</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="106" />
            <source>Conversations</source>
            <translation>Sarunas</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="107" />
            <source>Speech</source>
            <translation>Runa</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="107" />
            <source>Updated</source>
            <translation>Atjaunināts</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="120" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="128" />
            <source>Enrol Voice</source>
            <translation>Ierakstīt balsi</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="129" />
            <source>Remove Profile</source>
            <translation>Dzēst profilu</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="145" />
            <source>none</source>
            <translation>nav</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="147" />
            <source>enrolled, no voice yet</source>
            <translation>ierakstīts, balss vēl nav</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="149" />
            <source>ready</source>
            <translation>gatavs</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="159" />
            <source>No employees yet: give conversations an employee when importing them.</source>
            <translation>Darbinieku vēl nav: norādiet darbinieku, importējot sarunas.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="196" />
            <source>Measuring the voice of %1 in their calls…</source>
            <translation>Mēra darbinieka %1 balsi zvanos…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="203" />
            <source>Stopping after the conversation being measured…</source>
            <translation>Apstāšanās pēc pašreizējās sarunas…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="216" />
            <source>The voice of %1 could not be measured: %2</source>
            <translation>Neizdevās izmērīt darbinieka %1 balsi: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="219" />
            <source>%1: calls measured: %2, not used: %3.</source>
            <translation>%1: izmērīti zvani: %2, neizmantoti: %3.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="222" />
            <source>Stopped; what was measured is kept.</source>
            <translation>Apturēts; izmērītais ir saglabāts.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="224" />
            <source>Transcribe their two-channel calls, or label the agent's turns of a mono call, then enrol again.</source>
            <translation>Atšifrējiet darbinieka divkanālu zvanus vai atzīmējiet operatora replikas mono zvanā, tad ierakstiet balsi vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="247" />
            <source>Remove voice profile</source>
            <translation>Balss profila dzēšana</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="248" />
            <source>Remove the voice profile of %1? Mono calls will then be labelled from what is said only.</source>
            <translation>Dzēst darbinieka %1 balss profilu? Tad lomas mono zvanos noteiks tikai pēc teiktā.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="253" />
            <source>The voice profile of %1 was removed.</source>
            <translation>Darbinieka %1 balss profils ir dzēsts.</translation>
        </message>
    </context>
</TS>
