<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AttachmentList</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="172" />
            <source>Audio</source>
            <extracomment>source path, the Attachment made (or None), the error message (or "") source path, Attachment or None, error message or ""</extracomment>
            <translation>Аудио</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="174" />
            <source>Photo without a time (no EXIF)</source>
            <translation>Фото без времени съёмки (нет EXIF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="175" />
            <source>Taken %1</source>
            <translation>Снято %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="177" />
            <source>not during the visit</source>
            <translation>не во время визита</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsBox</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="211" />
            <source>Photos and audio</source>
            <extracomment>the visit's attachments as now stored (list of Attachment)</extracomment>
            <translation>Фото и аудио</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="221" />
            <source>Add Photos or Audio…</source>
            <translation>Добавить фото или аудио…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="222" />
            <source>Receipt, shop front, a recording made with another device; or drop files on the form</source>
            <translation>Чек, витрина, запись с другого устройства; или перетащите файлы на форму</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="225" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="249" />
            <source>Add photos or audio</source>
            <translation>Добавить фото или аудио</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="250" />
            <source>Photos and audio (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.webm);;All files (*)</source>
            <translation>Фото и аудио (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.webm);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="278" />
            <source>Remove attachments</source>
            <translation>Удаление вложений</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="279" />
            <source>Remove from this visit?

%1</source>
            <translation>Удалить из этого визита?

%1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="286" />
            <source>Not removed: %1</source>
            <translation>Не удалено: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="291" />
            <source>Not attached: %1</source>
            <translation>Не прикреплено: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="308" />
            <location filename="../../reviewer/ui/visits/visit_attachments.py" line="309" />
            <source>Adding %1…</source>
            <translation>Добавляется %1…</translation>
        </message>
    </context>
    <context>
        <name>AutoColumn</name>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="17" />
            <source>Forbidden word</source>
            <translation>Запрещённое слово</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="18" />
            <source>No greeting</source>
            <translation>Нет приветствия</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="19" />
            <source>Slow first reply</source>
            <translation>Медленный первый ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="20" />
            <source>Long silence</source>
            <translation>Долгая тишина</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="21" />
            <source>Rude word</source>
            <translation>Грубое слово</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="50" />
            <source>Not checked automatically yet</source>
            <translation>Ещё не проверено автоматически</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="52" />
            <source>Automatic QA score (suggestions, not a review)</source>
            <translation>Оценка автоматической проверки (предложения, не отзыв)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="59" />
            <source>Auto</source>
            <translation>Авто</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_column.py" line="63" />
            <source>Automatic QA score of every conversation; sort it to find the worst first</source>
            <translation>Оценка автоматической проверки каждого разговора; сортируйте, чтобы найти худшие</translation>
        </message>
    </context>
    <context>
        <name>AutoFilter</name>
        <message>
            <location filename="../../reviewer/ui/library/auto_filter.py" line="14" />
            <source>Any auto flag</source>
            <translation>Любые автоотметки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/auto_filter.py" line="17" />
            <source>Conversations automatic QA flagged</source>
            <translation>Разговоры, отмеченные автоматической проверкой</translation>
        </message>
    </context>
    <context>
        <name>AutoQARunner</name>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="35" />
            <source>Stop</source>
            <extracomment>the child finished: the number of results it computed for the jobs panel: a run began; its progress (conversations done, of all); how it ended ("done", "cancelled" or "failed"), the results it computed and why it failed</extracomment>
            <translation>Стоп</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="90" />
            <source>Automatic QA stopped: %1</source>
            <translation>Автопроверка остановлена: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="95" />
            <source>Automatic QA: %1 of %2</source>
            <translation>Автопроверка: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/autoqa_runner.py" line="115" />
            <source>the checking process ended unexpectedly</source>
            <translation>процесс проверки неожиданно завершился</translation>
        </message>
    </context>
    <context>
        <name>CalibrationDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="28" />
            <source>Calibration Results</source>
            <translation>Результаты калибровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Alpha</source>
            <translation>Альфа</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>95% interval</source>
            <translation>95% интервал</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Agreement</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="37" />
            <source>Units</source>
            <translation>Единицы</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="38" />
            <source>Reviewers</source>
            <translation>Оценщики</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Reviewer</source>
            <translation>Оценщик</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Reviews</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Matches benchmark</source>
            <translation>Совпадение с эталоном</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="41" />
            <source>Leniency (points)</source>
            <translation>Мягкость (баллы)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="47" />
            <source>Save PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="64" />
            <source>No calibration sessions in this library yet (reviewer calibration new NAME --rubric ID ...).</source>
            <translation>В этой библиотеке ещё нет калибровок (reviewer calibration new ИМЯ --rubric ID ...).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="71" />
            <source>No submitted reviews in this session yet.</source>
            <translation>В этой калибровке ещё нет отправленных оценок.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="77" />
            <source>Overall (review scores): alpha %1, percent agreement %2; %3 reviewers, %4 conversations. From 0.80 the scores can be relied on; below 0.67, calibrate again.</source>
            <translation>Итого (оценки): альфа %1, согласие %2; оценщиков %3, разговоров %4. От 0,80 оценкам можно доверять; ниже 0,67 — нужна новая калибровка.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/calibration_dialog.py" line="97" />
            <source>Save the calibration report</source>
            <translation>Сохранить отчёт о калибровке</translation>
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
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>CoachingControl</name>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="17" />
            <source>&amp;Disputes…</source>
            <translation>&amp;Оспаривания…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="18" />
            <source>Disputes of review answers, with their age</source>
            <translation>Оспаривания ответов в оценках и их возраст</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="20" />
            <source>New Coaching &amp;Session…</source>
            <translation>Новая коучинговая &amp;встреча…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="21" />
            <source>Record a coaching session with an employee</source>
            <translation>Записать коучинговую встречу с сотрудником</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="41" />
            <source>&amp;Follow-ups Due (%1)…</source>
            <translation>&amp;Повторные встречи к сроку (%1)…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="41" />
            <source>&amp;Follow-ups Due…</source>
            <translation>&amp;Повторные встречи к сроку…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_control.py" line="49" />
            <source>%1 coaching follow-ups are due: Coaching → Follow-ups Due</source>
            <translation>Повторных встреч к сроку: %1 — Коучинг → Повторные встречи к сроку</translation>
        </message>
    </context>
    <context>
        <name>CoachingSessionDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="41" />
            <source>Coaching Session</source>
            <extracomment>the id of the session stored</extracomment>
            <translation>Коучинговая встреча</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="58" />
            <source>Tick the criteria the session works on</source>
            <translation>Отметьте критерии, над которыми работает встреча</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="61" />
            <source>Tick the conversations talked through</source>
            <translation>Отметьте разобранные разговоры</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="62" />
            <source>What was talked about</source>
            <translation>О чём говорили</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="63" />
            <source>What the employee and the trainer agreed to do</source>
            <translation>О чём договорились сотрудник и тренер</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="67" />
            <source>Follow up on</source>
            <translation>назначить на</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="78" />
            <source>Employee:</source>
            <translation>Сотрудник:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="79" />
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="80" />
            <source>Trainer:</source>
            <translation>Тренер:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="81" />
            <source>Focus criteria:</source>
            <translation>Критерии в фокусе:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="82" />
            <source>Discussed:</source>
            <translation>Разобрано:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="83" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="84" />
            <source>Actions agreed:</source>
            <translation>Договорённости:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="85" />
            <source>Follow-up:</source>
            <translation>Повторная встреча:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="87" />
            <source>Save Session</source>
            <translation>Сохранить встречу</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="93" />
            <source>Planned from the coaching report: its focus areas and the conversations they quote are ticked.</source>
            <translation>Запланировано по отчёту для коучинга: отмечены зоны роста и разговоры, из которых взяты цитаты.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/coaching_session_dialog.py" line="152" />
            <source>moments: %1</source>
            <translation>моментов: %1</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="100" />
            <source>Find in this conversation (Ctrl+F)</source>
            <extracomment>the player's position after a seek (a click on a turn, the seek bar, keys, seek_to_*), ms</extracomment>
            <translation>Найти в разговоре (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="108" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Предыдущее совпадение (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="112" />
            <source>Next match (Enter)</source>
            <translation>Следующее совпадение (Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="236" />
            <source>Select a conversation in the list to read it here.</source>
            <translation>Выберите разговор в списке, чтобы прочитать его здесь.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="253" />
            <source>This conversation has no turns.</source>
            <translation>В этом разговоре нет реплик.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="284" />
            <source>no employee</source>
            <translation>сотрудник не указан</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="348" />
            <source>%1 unanswered at the end</source>
            <translation>без ответа в конце: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="364" />
            <source>The customer got no reply.</source>
            <translation>Клиент не получил ответа.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="370" />
            <source>First reply %1</source>
            <translation>Первый ответ %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="374" />
            <source>slowest %1</source>
            <translation>самый долгий %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="376" />
            <source>%1 of %2 slow</source>
            <translation>медленных: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="391" />
            <source>Review %1 by %2 on %3</source>
            <translation>Оценка %1, %2, %3</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="397" />
            <source>Critical: %1</source>
            <translation>Критично: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="406" />
            <source>This call has not been transcribed yet.</source>
            <translation>Этот звонок ещё не расшифрован.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="409" />
            <source>Recording of %1</source>
            <translation>Запись длиной %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="412" />
            <source>two channels, the agent on the left</source>
            <translation>два канала, сотрудник слева</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="413" />
            <source>two channels, the agent on the right</source>
            <translation>два канала, сотрудник справа</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="415" />
            <source>one channel</source>
            <translation>один канал</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="418" />
            <source>Once it is transcribed, its turns appear here.</source>
            <translation>После расшифровки здесь появятся реплики.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="492" />
            <source>no matches</source>
            <translation>нет совпадений</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/conversation_view.py" line="495" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>CriterionRow</name>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="208" />
            <source>Attach evidence (E): the selected turns, or the current moment of the recording</source>
            <extracomment>the text of an answer key not typed into an empty box that asks for a reason criterion id, and the answer picked with the mouse criterion id, the comment as typed so far an evidence link was clicked: the Evidence criterion id, the Evidence to take away the row was clicked or its comment box focused: it becomes the current criterion the reason asked for after a lowest answer was written (or Esc): go on to the next</extracomment>
            <translation>Прикрепить доказательство (E): выделенные реплики или текущий момент записи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="236" />
            <source>For example: %1</source>
            <translation>Например: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="239" />
            <source>Critical: answering the lowest point sets the whole review to 0.</source>
            <translation>Критический критерий: самая низкая оценка обнуляет всю оценку разговора.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="240" />
            <source>Critical: answering the lowest point sets its section to 0.</source>
            <translation>Критический критерий: самая низкая оценка обнуляет его раздел.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="241" />
            <source>Critical: answering the lowest point flags the review.</source>
            <translation>Критический критерий: самая низкая оценка помечает оценку флажком.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="259" />
            <source>A comment is required for this answer</source>
            <translation>Для этого ответа нужен комментарий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="266" />
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="400" />
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="334" />
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="411" />
            <source>A comment is required for “%1”: say what happened.</source>
            <translation>Для ответа «%1» нужен комментарий: опишите, что произошло.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="400" />
            <source>Type the reason, Esc to go on</source>
            <translation>Напишите причину, Esc — дальше</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="405" />
            <source>“%1” needs a reason: type it here, Esc to go on.</source>
            <translation>Для ответа «%1» нужна причина: напишите её здесь, Esc — дальше.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criterion_row.py" line="416" />
            <source>“%1” was not typed: it answers criteria. Type the reason for “%2”, or press Esc to go on.</source>
            <translation>«%1» не введено: эта клавиша отвечает на критерии. Напишите причину ответа «%2» или нажмите Esc, чтобы продолжить.</translation>
        </message>
    </context>
    <context>
        <name>DecideDisputeDialog</name>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="127" />
            <source>Decide the Dispute</source>
            <translation>Решение по оспариванию</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="140" />
            <source>%1 disputes the answer %2 and proposes %3.</source>
            <translation>%1 оспаривает ответ «%2» и предлагает «%3».</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="144" />
            <source>Accepted: the answer becomes %1</source>
            <translation>Принято: ответ становится «%1»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="145" />
            <source>Partly accepted, with the new answer:</source>
            <translation>Принято частично, новый ответ:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="146" />
            <source>Rejected: the answer stays %1</source>
            <translation>Отклонено: ответ остаётся «%1»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="156" />
            <source>Reviewer error</source>
            <translation>Ошибка проверяющего</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="157" />
            <source>Not a reviewer error</source>
            <translation>Не ошибка проверяющего</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="158" />
            <source>The rubric is unclear</source>
            <translation>Анкета неясна</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="161" />
            <source>Why (kept in the review's history)</source>
            <translation>Почему (сохраняется в истории оценки)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="172" />
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="173" />
            <source>Note:</source>
            <translation>Пояснение:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="174" />
            <source>Decided by:</source>
            <translation>Решение принял(а):</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="176" />
            <source>Decide</source>
            <translation>Решить</translation>
        </message>
    </context>
    <context>
        <name>DisputeListDialog</name>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="30" />
            <source>Disputes</source>
            <extracomment>open this conversation (its id)</extracomment>
            <translation>Оспаривания</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="33" />
            <source>Open disputes only</source>
            <translation>Только открытые</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Raised</source>
            <translation>Подано</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="38" />
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="39" />
            <source>Reviewer</source>
            <translation>Проверяющий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="39" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="63" />
            <source>open</source>
            <translation>открыто</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="64" />
            <source>accepted</source>
            <translation>принято</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="65" />
            <source>partly accepted</source>
            <translation>принято частично</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="66" />
            <source>rejected</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="79" />
            <source>%1 d</source>
            <translation>%1 дн.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_list.py" line="90" />
            <source>%1 disputes</source>
            <translation>Оспариваний: %1</translation>
        </message>
    </context>
    <context>
        <name>DisputesBox</name>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="42" />
            <source>Dispute an Answer…</source>
            <extracomment>a dispute of the shown review was raised or decided: (review id, whether its answers changed) an evidence link of a dispute was clicked</extracomment>
            <translation>Оспорить ответ…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="43" />
            <source>The employee (or a trainer for them) disagrees with an answer of this submitted review</source>
            <translation>Сотрудник (или тренер за него) не согласен с ответом в этой отправленной оценке</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="82" />
            <source>Disputes (%1 open)</source>
            <translation>Оспаривания (открыто: %1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="82" />
            <source>Disputes</source>
            <translation>Оспаривания</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="105" />
            <source>accepted</source>
            <translation>принято</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="106" />
            <source>partly accepted</source>
            <translation>принято частично</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="107" />
            <source>rejected</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="114" />
            <source>open %1 days</source>
            <translation>открыто %1 дн.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/disputes.py" line="115" />
            <source>Decide…</source>
            <translation>Решить…</translation>
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
            <translation>м:сс</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="65" />
            <source>The library is busy</source>
            <translation>Библиотека занята</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="66" />
            <source>Another program is writing to the library (%1) and did not finish in %2 s. Nothing was changed: try again when it has finished.</source>
            <translation>В библиотеку записывает другая программа (%1), и она не закончила за %2 с. Ничего не изменено: попробуйте снова, когда она закончит.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="71" />
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="72" />
            <source>That did not work: %2 (%1). What was saved before is safe.</source>
            <translation>Не получилось: %2 (%1). Всё, что было сохранено раньше, в сохранности.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/errors.py" line="75" />
            <source>The details are in %1.</source>
            <translation>Подробности — в файле %1.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="90" />
            <source>Turn %1</source>
            <extracomment>A moment of the recording becomes this much of it: long enough to replay what was said.</extracomment>
            <translation>Реплика %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="92" />
            <source>(no longer in the conversation)</source>
            <translation>(больше нет в разговоре)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="101" />
            <source>From %1 to %2 of the recording</source>
            <translation>Запись с %1 до %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/evidence.py" line="107" />
            <source>Remove this evidence</source>
            <translation>Убрать это доказательство</translation>
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="40" />
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="72" />
            <source>Export for a Colleague</source>
            <translation>Экспорт для коллеги</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="43" />
            <source>One file with the conversations, their submitted reviews and the rubrics they used. Your colleague opens it with File → Import Files… or drops it on the window.</source>
            <translation>Один файл с разговорами, их отправленными оценками и использованными рубриками. Коллега откроет его через Файл → Импорт файлов… или перетащив на окно.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="46" />
            <source>Selected conversations (%1)</source>
            <translation>Выбранные разговоры (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="47" />
            <source>All conversations listed (%1)</source>
            <translation>Все разговоры в списке (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="50" />
            <source>Include the call recordings</source>
            <translation>Включить записи звонков</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="51" />
            <source>Reviews only (the colleague has the conversations)</source>
            <translation>Только оценки (разговоры у коллеги уже есть)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="54" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="73" />
            <source>Reviewer bundles (*.rvbundle)</source>
            <translation>Пакеты Reviewer (*.rvbundle)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="79" />
            <source>There is nothing to export.</source>
            <translation>Экспортировать нечего.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="82" />
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="91" />
            <source>Wrote %1: %2 conversations, %3 reviews.</source>
            <translation>Записан %1: разговоров %2, оценок %3.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/export_bundle_dialog.py" line="97" />
            <source>Not exported: %1</source>
            <translation>Не экспортировано: %1</translation>
        </message>
    </context>
    <context>
        <name>ExtensionsDialog</name>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="47" />
            <source>Agent extensions</source>
            <translation>Внутренние номера сотрудников</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="49" />
            <source>Recordings named by the telephone system carry the agent's extension. A call with an extension listed here goes to that employee, unless the import names an employee or the call details CSV does.</source>
            <translation>В именах записей телефонной системы есть внутренний номер сотрудника. Звонок с номером из этого списка получает его сотрудника, если при импорте сотрудник не указан ни в окне, ни в CSV с данными звонков.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="53" />
            <source>Extension</source>
            <translation>Внутренний номер</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="53" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="61" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="63" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="114" />
            <source>Row %1: the extension must be a number of 1 to 10 digits.</source>
            <translation>Строка %1: внутренний номер должен состоять из 1–10 цифр.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="116" />
            <source>Row %1: whose extension is it? The employee is empty.</source>
            <translation>Строка %1: чей это номер? Сотрудник не указан.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/extensions_dialog.py" line="118" />
            <source>Row %1: extension %2 is listed twice.</source>
            <translation>Строка %1: номер %2 указан дважды.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="31" />
            <source>Coaching Follow-ups Due</source>
            <extracomment>the follow-ups changed (one was marked done)</extracomment>
            <translation>Повторные встречи к сроку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="36" />
            <source>Follow-up</source>
            <translation>Повторная встреча</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="36" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="36" />
            <source>Session</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="37" />
            <source>Trainer</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="37" />
            <source>Actions agreed</source>
            <translation>Договорённости</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="42" />
            <source>No follow-up is due.</source>
            <translation>Повторных встреч к сроку нет.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="44" />
            <source>Mark Done…</source>
            <translation>Отметить проведённой…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="65" />
            <source>overdue</source>
            <translation>просрочена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="65" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="86" />
            <source>Follow-up done</source>
            <translation>Повторная встреча проведена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/follow_ups.py" line="86" />
            <source>How did it go?</source>
            <translation>Как прошло?</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="29" />
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="32" />
            <source>%1 min %2 s</source>
            <translation>%1 мин %2 с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="35" />
            <location filename="../../reviewer/ui/widgets/formatting.py" line="49" />
            <source>%1 h %2 min</source>
            <translation>%1 ч %2 мин</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="37" />
            <location filename="../../reviewer/ui/widgets/formatting.py" line="51" />
            <source>%1 d %2 h</source>
            <translation>%1 д %2 ч</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="100" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="101" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="102" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="103" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="109" />
            <source>To transcribe</source>
            <translation>Ждёт расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="110" />
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="111" />
            <source>Transcribed</source>
            <translation>Расшифрован</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="112" />
            <source>Reviewed</source>
            <translation>Оценён</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="118" />
            <source>agent</source>
            <translation>сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="119" />
            <source>customer</source>
            <translation>клиент</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="120" />
            <source>system</source>
            <translation>система</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="121" />
            <source>unknown speaker</source>
            <translation>неизвестный</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="146" />
            <source>Russian</source>
            <translation>русский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="147" />
            <source>Latvian</source>
            <translation>латышский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="148" />
            <source>English</source>
            <translation>английский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="149" />
            <source>Lithuanian</source>
            <translation>литовский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="150" />
            <source>Estonian</source>
            <translation>эстонский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="151" />
            <source>Ukrainian</source>
            <translation>украинский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/formatting.py" line="152" />
            <source>German</source>
            <translation>немецкий</translation>
        </message>
    </context>
    <context>
        <name>ImportOptionsDialog</name>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="33" />
            <location filename="../../reviewer/ui/library/import_options.py" line="81" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="41" />
            <source>From the files (or nobody)</source>
            <translation>Из файлов (или никто)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="42" />
            <source>The employee these conversations belong to</source>
            <translation>Сотрудник, к которому относятся эти разговоры</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="44" />
            <location filename="../../reviewer/ui/library/import_options.py" line="94" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="46" />
            <source>A CSV file with one row per recording: file, employee, started_at, direction, customer_number</source>
            <translation>Файл CSV, по строке на запись: file, employee, started_at, direction, customer_number</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="47" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="56" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="57" />
            <source>Which employee each agent extension belongs to</source>
            <translation>Какому сотруднику принадлежит каждый внутренний номер</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="71" />
            <source>Employee:</source>
            <translation>Сотрудник:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="72" />
            <source>Call details (CSV):</source>
            <translation>Данные звонков (CSV):</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="73" />
            <source>Agent extensions:</source>
            <translation>Внутренние номера:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="74" />
            <source>Telephone systems' recording names (Asterisk/FreePBX, 3CX, RingCentral) give each call's time, direction, numbers and agent extension by themselves. With no employee chosen above, a call goes to the employee of its agent extension.</source>
            <translation>Имена записей телефонных систем (Asterisk/FreePBX, 3CX, RingCentral) сами сообщают время, направление, номера и внутренний номер сотрудника. Если сотрудник выше не выбран, звонок получает сотрудника своего внутреннего номера.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="98" />
            <source>%1 more</source>
            <translation>ещё %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="116" />
            <source>Call details</source>
            <translation>Данные звонков</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_options.py" line="117" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="48" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="49" />
            <source>Stop after the file being imported</source>
            <translation>Остановить после текущего файла</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="57" />
            <source>Looking for files…</source>
            <translation>Поиск файлов…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="69" />
            <source>Imported %1 of %2: %3</source>
            <translation>Импортировано %1 из %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="53" />
            <source>Import report</source>
            <translation>Отчёт об импорте</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="62" />
            <source>%1 imported</source>
            <translation>Импортировано: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="63" />
            <source>%1 already in the library</source>
            <translation>уже в библиотеке: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="64" />
            <source>%1 skipped</source>
            <translation>пропущено: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="65" />
            <source>%1 failed</source>
            <translation>с ошибкой: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="68" />
            <source>No files were found.</source>
            <translation>Файлы не найдены.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="70" />
            <source>Import cancelled; the files below were done before it stopped.</source>
            <translation>Импорт отменён; файлы ниже были обработаны до остановки.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="74" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="74" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="74" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="109" />
            <source>Imported</source>
            <translation>Импортирован</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="110" />
            <source>Already in the library</source>
            <translation>Уже в библиотеке</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="111" />
            <source>Skipped</source>
            <translation>Пропущен</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="112" />
            <source>Failed</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="120" />
            <source>1 conversation</source>
            <translation>Разговоров: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="122" />
            <source>%1 conversations</source>
            <translation>Разговоров: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/import_report.py" line="124" />
            <source>%1 turns</source>
            <translation>реплик: %1</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="189" />
            <source>Conversation</source>
            <translation>Разговор</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="190" />
            <source>Progress</source>
            <translation>Выполнение</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="191" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="192" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="216" />
            <source>Every conversation whose automatic result is missing or out of date</source>
            <translation>Все разговоры, у которых автоматического результата нет или он устарел</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="217" />
            <source>Conversation %1: %2</source>
            <translation>Разговор %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="222" />
            <source>Stop automatic QA (the results stored so far are kept)</source>
            <translation>Остановить автоматическую проверку (уже сохранённые результаты останутся)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="223" />
            <source>Stop this transcription (what is done so far is kept)</source>
            <translation>Остановить расшифровку (уже сделанное сохранится)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="240" />
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="242" />
            <source>Transcribing</source>
            <translation>Расшифровывается</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="242" />
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="258" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="244" />
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="262" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="246" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="248" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="250" />
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="267" />
            <source>Failed: %1</source>
            <translation>Ошибка: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="252" />
            <source>Interrupted: %1</source>
            <translation>Прервано: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="259" />
            <source>Checked %1 of %2 conversations</source>
            <translation>Проверено разговоров: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="264" />
            <source>Done: %1 new results</source>
            <translation>Готово: новых результатов %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="266" />
            <source>Cancelled (the results stored so far are kept)</source>
            <translation>Отменено (сохранённые результаты остались)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="271" />
            <source>took %1</source>
            <translation>заняло %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="276" />
            <source>estimating…</source>
            <translation>оценка…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_model.py" line="278" />
            <source>%1 left</source>
            <translation>осталось %1</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="141" />
            <source>Cancel All</source>
            <translation>Отменить все</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="118" />
            <source>Background Jobs</source>
            <extracomment>the reviewer wants a job's conversation (double click): its id</extracomment>
            <translation>Фоновые задачи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="142" />
            <source>Stop the running jobs (transcription, automatic QA) and withdraw the waiting ones</source>
            <translation>Остановить выполняемые задачи (расшифровку, автоматическую проверку) и снять ожидающие</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="144" />
            <source>Clear Finished</source>
            <translation>Убрать завершённые</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="145" />
            <source>Remove the finished, failed and cancelled jobs from this list</source>
            <translation>Убрать из списка завершённые, неудавшиеся и отменённые задания</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="204" />
            <source>Automatic QA of the library</source>
            <translation>Автоматическая проверка библиотеки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="215" />
            <source>Transcribing: %1</source>
            <translation>Расшифровывается: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="216" />
            <source>Waiting: %1</source>
            <translation>Ожидает: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="217" />
            <source>Done: %1</source>
            <translation>Готово: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="218" />
            <source>Failed: %1</source>
            <translation>С ошибкой: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="219" />
            <source>Cancelled: %1</source>
            <translation>Отменено: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="220" />
            <source>Interrupted: %1</source>
            <translation>Прервано: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/jobs_panel.py" line="225" />
            <source>No transcriptions</source>
            <translation>Нет расшифровок</translation>
        </message>
    </context>
    <context>
        <name>KindChoice</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="65" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="66" />
            <source>Test call</source>
            <translation>Контрольный звонок</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="289" />
            <source>Date</source>
            <extracomment>Column -&gt; the stored metric it shows (MetricsRepository.columns) the title column's second line (employee · channel) while those columns are hidden; "" else the number of conversations that match the filter (not just the loaded rows)</extracomment>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="290" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="291" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="292" />
            <source>Conversation</source>
            <translation>Разговор</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="293" />
            <source>Duration</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="294" />
            <source>Lang.</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="295" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="296" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="297" />
            <source>Silence</source>
            <translation>Тишина</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="298" />
            <source>Agent talk</source>
            <translation>Речь оператора</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="299" />
            <source>1st reply</source>
            <translation>1-й ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="303" />
            <source>Score of the latest submitted review</source>
            <translation>Оценка последней отправленной проверки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="307" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="309" />
            <source>The longest stretch of a call in which nobody speaks</source>
            <translation>Самый долгий отрезок звонка, когда никто не говорит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="311" />
            <source>The agent's share of the talking in a call</source>
            <translation>Доля речи оператора в звонке</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="313" />
            <source>How long the customer waited for the first reply in a chat or e-mail</source>
            <translation>Сколько клиент ждал первого ответа в чате или письме</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="339" />
            <source>The source has no date</source>
            <translation>В источнике нет даты</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="370" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="398" />
            <source>late</source>
            <translation>поздно</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="401" />
            <source>Reopened</source>
            <translation>Открыта снова</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="401" />
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="406" />
            <source>Reopened: its review is being changed and counts again once submitted</source>
            <translation>Открыта снова: оценку меняют, она снова засчитается после отправки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="408" />
            <source>A review was started and is not submitted yet</source>
            <translation>Оценка начата и ещё не отправлена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="412" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>С опозданием: оценка отправлена позже чем через 12 часов после визита.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="416" />
            <source>no employee</source>
            <translation>сотрудник не указан</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="438" />
            <source>%1 open disputes</source>
            <translation>Открытых оспариваний: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="443" />
            <source>Reopened: the review is being changed</source>
            <translation>Открыта снова: оценку меняют</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="445" />
            <source>Not reviewed yet</source>
            <translation>Ещё не проверен</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="447" />
            <source>Latest submitted review; a critical criterion failed</source>
            <translation>Последняя проверка; нарушен критический критерий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_model.py" line="448" />
            <source>Latest submitted review</source>
            <translation>Последняя отправленная проверка</translation>
        </message>
    </context>
    <context>
        <name>LibraryNotices</name>
        <message>
            <location filename="../../reviewer/ui/widgets/library_notices.py" line="39" />
            <source>Made the library readable by you only (files and folders changed: %1).</source>
            <translation>Библиотека теперь доступна для чтения только вам (изменено файлов и папок: %1).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/library_notices.py" line="42" />
            <source>Removed unfinished copies or imports left by a Reviewer that was stopped: %1.</source>
            <translation>Удалены незавершённые копии или импорты, оставшиеся после остановленного Reviewer: %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/widgets/library_notices.py" line="49" />
            <source>Waiting for the library: %1 is writing to it…</source>
            <translation>Ожидание библиотеки: в неё сейчас записывает %1…</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="81" />
            <source>Search transcripts</source>
            <extracomment>the columns a narrow table hides first (the conversation pane shows them for the open one) the conversation the reviewer is looking at (its id), or None</extracomment>
            <translation>Поиск по текстам</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="86" />
            <source>Conversations with a turn that contains all these words in any of their forms ("лампа" finds "лампу"); the first letters of a word find it too; "quotes" find an exact phrase</source>
            <translation>Разговоры, где в одной реплике есть все эти слова в любой форме («лампа» находит «лампу»); слово находится и по первым буквам; «кавычки» ищут точную фразу</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="95" />
            <source>All channels</source>
            <translation>Все каналы</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="99" />
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="100" />
            <source>To review</source>
            <translation>К оценке</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="101" />
            <source>Not reviewed by me</source>
            <translation>Не оценены мной</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="102" />
            <source>Conversations without a submitted review</source>
            <translation>Разговоры без отправленной оценки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="103" />
            <source>Conversations without a review you submitted</source>
            <translation>Разговоры, по которым вы не отправили оценку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="111" />
            <source>Any date</source>
            <translation>Любая дата</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="112" />
            <source>Last 7 days</source>
            <translation>Последние 7 дней</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="113" />
            <source>Last 30 days</source>
            <translation>Последние 30 дней</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="114" />
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="115" />
            <source>Date range…</source>
            <translation>Период…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="121" />
            <source>From this day</source>
            <translation>С этого дня</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="122" />
            <source>To this day, inclusive</source>
            <translation>По этот день включительно</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="125" />
            <source>Open disputes</source>
            <translation>Открытые оспаривания</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="126" />
            <source>Only conversations whose review has an open dispute (⚖)</source>
            <translation>Только разговоры, оценка которых оспаривается (⚖)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="129" />
            <source>Only conversations whose figures pass a limit</source>
            <translation>Только разговоры, показатели которых выходят за предел</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="131" />
            <source>Any figures</source>
            <translation>Любые показатели</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="132" />
            <source>Silence over 30 s</source>
            <translation>Тишина дольше 30 с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="133" />
            <source>First reply over 30 s</source>
            <translation>Первый ответ дольше 30 с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="134" />
            <source>First reply over 2 h</source>
            <translation>Первый ответ дольше 2 ч</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="135" />
            <source>Overtalk over 5 s</source>
            <translation>Одновременная речь дольше 5 с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="136" />
            <source>Overtalk over 15 s</source>
            <translation>Одновременная речь дольше 15 с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="139" />
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="275" />
            <source>All employees</source>
            <translation>Все сотрудники</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="362" />
            <source>More than %1 matching conversations</source>
            <translation>Найдено разговоров: больше %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="364" />
            <source>%1 matching conversations</source>
            <translation>Найдено разговоров: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="366" />
            <source>1 matching conversation</source>
            <translation>Найдено разговоров: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="368" />
            <source>%1 conversations</source>
            <translation>Разговоров: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="370" />
            <source>1 conversation</source>
            <translation>Разговоров: 1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="376" />
            <source>Nothing left to review. Choose “All statuses” to see the reviewed conversations.</source>
            <translation>Оценивать больше нечего. Выберите «Все статусы», чтобы увидеть оценённые разговоры.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="379" />
            <source>No conversation matches these filters.</source>
            <translation>Нет разговоров, подходящих под фильтры.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="382" />
            <source>No conversations yet.

Import calls, chats or e-mails with File → Import, or drop files or folders here.</source>
            <translation>Разговоров пока нет.

Импортируйте звонки, чаты или письма через Файл → Импорт или перетащите сюда файлы или папки.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="446" />
            <location filename="../../reviewer/ui/library/library_view.py" line="448" />
            <source>Show Only %1</source>
            <translation>Показать только: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/library_view.py" line="451" />
            <source>Clear Filters</source>
            <translation>Сбросить фильтры</translation>
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
            <translation>&amp;Импорт файлов…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="174" />
            <source>Import recordings, chat exports or e-mails</source>
            <translation>Импорт записей, выгрузок чатов или писем</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="176" />
            <source>Import F&amp;older…</source>
            <translation>Импорт &amp;папки…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="178" />
            <source>Import everything in a folder and its subfolders</source>
            <translation>Импорт всего из папки и вложенных папок</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="180" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="183" />
            <source>&amp;Find in Conversation</source>
            <translation>&amp;Найти в разговоре</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="186" />
            <source>&amp;Search the Library</source>
            <translation>&amp;Поиск по библиотеке</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="189" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="192" />
            <source>&amp;Reports…</source>
            <translation>&amp;Отчёты…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="194" />
            <source>Coaching reports, scorecards, team summaries and score exports</source>
            <translation>Отчёты для коучинга, карточки оценок, сводки по команде и выгрузка баллов</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="196" />
            <source>&amp;Speech Model…</source>
            <translation>&amp;Модель распознавания речи…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="197" />
            <source>Choose or download the model that transcribes calls</source>
            <translation>Выбрать или скачать модель, которая расшифровывает звонки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="199" />
            <source>&amp;Voice Profiles…</source>
            <translation>&amp;Голосовые профили…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="200" />
            <source>Employees' voice profiles, which tell the agent in mono calls</source>
            <translation>Голосовые профили сотрудников, по которым в монозвонках узнаётся оператор</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="202" />
            <source>&amp;About Reviewer</source>
            <translation>&amp;О программе Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="204" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="210" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="222" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="229" />
            <source>&amp;Transcription</source>
            <translation>&amp;Расшифровка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="230" />
            <source>&amp;Coaching</source>
            <translation>&amp;Коучинг</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="231" />
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="234" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="238" />
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="256" />
            <source>Library: %1</source>
            <translation>Библиотека: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="284" />
            <source>About Reviewer</source>
            <translation>О программе Reviewer</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="285" />
            <source>Reviewer %1

Offline quality review of customer conversations: calls, chats, e-mails and mystery-shopper visits.</source>
            <translation>Reviewer %1

Офлайн-проверка качества общения с клиентами: звонки, чаты, письма и визиты тайных покупателей.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="303" />
            <source>Report saved: %1</source>
            <translation>Отчёт сохранён: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="346" />
            <source>Calls will be transcribed with %1</source>
            <translation>Звонки будут расшифровываться моделью %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="348" />
            <source>Calls will be transcribed with the embedded model</source>
            <translation>Звонки будут расшифровываться встроенной моделью</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="372" />
            <source>Import conversations</source>
            <translation>Импорт разговоров</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="374" />
            <source>Conversations (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;All files (*)</source>
            <translation>Разговоры (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt *.eml *.mbox);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="381" />
            <source>Import a folder</source>
            <translation>Импорт папки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="390" />
            <source>%1 files</source>
            <translation>файлов: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="416" />
            <source>Cancelling after the current file…</source>
            <translation>Отмена после текущего файла…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/main_window.py" line="440" />
            <source>%1 interrupted transcriptions will continue where they stopped when run again</source>
            <translation>Прерванные расшифровки продолжатся с места остановки при следующем запуске: %1</translation>
        </message>
    </context>
    <context>
        <name>MetricsStrip</name>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="33" />
            <source>Conversation metrics (reviewer metrics ID shows them all)</source>
            <translation>Показатели разговора (все показывает reviewer metrics ID)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="43" />
            <source>Unanswered at the end: %1</source>
            <translation>Без ответа в конце: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="46" />
            <source>Wait %1</source>
            <translation>Ожидание %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="51" />
            <source>Agent talks %1</source>
            <translation>Оператор говорит %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="55" />
            <source>Silences: %1</source>
            <translation>Паузы тишины: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="56" />
            <source>(longest %1)</source>
            <translation>(самая долгая %1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="59" />
            <source>Overtalk %1</source>
            <translation>Одновременная речь %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="62" />
            <source>Cut in: agent %1</source>
            <translation>Перебивал: оператор %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="63" />
            <source>, customer %1</source>
            <translation>, клиент %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="65" />
            <source>%1 words/min</source>
            <translation>%1 слов/мин</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/metrics_strip.py" line="67" />
            <source>Holds: %1</source>
            <translation>Удержания: %1</translation>
        </message>
    </context>
    <context>
        <name>ModelDialog</name>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="117" />
            <source>Speech model</source>
            <extracomment>bytes done, bytes in all model name, ok, cancelled, message (the reason, when not ok) the model the user chose (a name, or a folder path; "" is the embedded model) a download ended: model name, ok, cancelled, message</extracomment>
            <translation>Модель распознавания речи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="127" />
            <source>Calls are transcribed on this computer. The embedded model is always available; bigger models recognise speech better, especially Russian and Latvian, but are slower and must be downloaded once.</source>
            <translation>Звонки расшифровываются на этом компьютере. Встроенная модель доступна всегда; более крупные модели распознают речь лучше, особенно русскую и латышскую, но работают медленнее, и их нужно один раз скачать.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="136" />
            <source>Speed</source>
            <translation>Скорость</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="137" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="137" />
            <source>Latvian</source>
            <translation>Латышский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="137" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="138" />
            <source>How fast against the large model (large = 1×), as published</source>
            <translation>Во сколько раз быстрее модели large (large = 1×), по опубликованным данным</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="149" />
            <source>Download</source>
            <translation>Скачать</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="151" />
            <source>Choose folder…</source>
            <translation>Выбрать папку…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="156" />
            <source>Cancel download</source>
            <translation>Отменить загрузку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="171" />
            <source>Use this model</source>
            <translation>Использовать эту модель</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="176" />
            <source>Size, speed and the accuracy ranking are the models' published figures. WER (word error rate: lower is better) is measured by Reviewer's benchmark on short test recordings, so treat it as a rough guide.</source>
            <translation>Размер, скорость и оценка точности — опубликованные данные моделей. WER (доля ошибочных слов: чем меньше, тем лучше) измерен тестом Reviewer на коротких записях, поэтому это лишь ориентир.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="196" />
            <source>Embedded, ready</source>
            <translation>Встроенная, готова</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="196" />
            <source>Not installed</source>
            <translation>Не установлена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="198" />
            <source>Downloaded, ready</source>
            <translation>Скачана, готова</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="200" />
            <source>Folder, ready</source>
            <translation>Папка, готова</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="200" />
            <source>Folder, not usable</source>
            <translation>Папка, непригодна</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="201" />
            <source>Not downloaded</source>
            <translation>Не скачана</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="218" />
            <source>{name} (also: {aliases})</source>
            <translation>{name} (также: {aliases})</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="220" />
            <source>{name} (embedded)</source>
            <translation>{name} (встроенная)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="224" />
            <source>{label} (in use)</source>
            <translation>{label} (используется)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="235" />
            <source>Measured on {words} words: {clips}</source>
            <translation>Измерено на словах: {words}; записи: {clips}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="250" />
            <source>★ Recommended: {ru} for Russian (close to the largest model's accuracy at about 8× its speed); {lv} for Latvian (the most accurate model: Latvian had little training data, and the embedded model misses most Latvian words). Both need a download and run much slower than the embedded model on a computer without a graphics card.</source>
            <translation>★ Рекомендуем: {ru} для русского (точность близка к самой большой модели при скорости примерно в 8 раз выше); {lv} для латышского (самая точная модель: латышских данных при обучении было мало, и встроенная модель пропускает большинство латышских слов). Обе нужно скачать, и без видеокарты они работают намного медленнее встроенной.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="271" />
            <source>WER {wer} % · {words} words</source>
            <translation>WER {wer} % · слов: {words}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="275" />
            <source>English only</source>
            <translation>Только английский</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="275" />
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="277" />
            <source>good (published)</source>
            <translation>хорошая (опубл.)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="276" />
            <source>weakest (published)</source>
            <translation>самая слабая (опубл.)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="276" />
            <source>basic (published)</source>
            <translation>базовая (опубл.)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="276" />
            <source>fair (published)</source>
            <translation>средняя (опубл.)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="277" />
            <source>best (published)</source>
            <translation>лучшая (опубл.)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="313" />
            <source>Choose a speech model folder</source>
            <translation>Выберите папку с моделью распознавания речи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="322" />
            <source>This folder cannot be used: {reason}</source>
            <translation>Эту папку нельзя использовать: {reason}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="348" />
            <source>Downloading {name}…</source>
            <translation>Скачивание модели {name}…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="355" />
            <source>Stopping the download…</source>
            <translation>Остановка загрузки…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="370" />
            <source>{name} is ready.</source>
            <translation>Модель {name} готова.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="373" />
            <source>Download of {name} stopped. Downloading it again continues where it stopped.</source>
            <translation>Загрузка модели {name} остановлена. Повторная загрузка продолжится с того же места.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/model_dialog.py" line="378" />
            <source>Download of {name} failed: {reason}</source>
            <translation>Не удалось скачать модель {name}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PersonaBox</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="90" />
            <source>— not played —</source>
            <translation>— не играли —</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="91" />
            <source>Doesn't know what they need</source>
            <translation>Не знает, что хочет</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="92" />
            <source>Knows better</source>
            <translation>Знает лучше</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="93" />
            <source>Rude</source>
            <translation>Грубиян</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="94" />
            <source>Offended / suspicious</source>
            <translation>Обиженный / подозрительный</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="95" />
            <source>Other (describe)</source>
            <translation>Другая (опишите)</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="48" />
            <source>This photo cannot be shown: %1</source>
            <translation>Это фото нельзя показать: %1</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="60" />
            <source>Play or pause the recording</source>
            <extracomment>the player's position after a seek (seek bar, keys, a clicked turn, the view's seek_to_*), ms</extracomment>
            <translation>Воспроизвести или приостановить запись</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="61" />
            <source>Back 5 seconds</source>
            <translation>Назад на 5 секунд</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="62" />
            <source>Forward 5 seconds</source>
            <translation>Вперёд на 5 секунд</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="63" />
            <source>Previous turn (the start of this one when well into it)</source>
            <translation>Предыдущая реплика (или начало текущей, если она уже идёт)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="65" />
            <source>Next turn</source>
            <translation>Следующая реплика</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="66" />
            <source>Play faster</source>
            <translation>Быстрее</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/playback.py" line="67" />
            <source>Play slower</source>
            <translation>Медленнее</translation>
        </message>
    </context>
    <context>
        <name>PlayerBar</name>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="105" />
            <source>Back 5 seconds (%1)</source>
            <extracomment>the position moved (playing, or after a seek), ms the user sent the player somewhere (seek bar, skip, a turn), ms playing (True) or paused/stopped (False)</extracomment>
            <translation>Назад на 5 секунд (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="107" />
            <location filename="../../reviewer/ui/conversation/player.py" line="302" />
            <source>Play (%1)</source>
            <translation>Воспроизвести (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="110" />
            <source>Forward 5 seconds (%1)</source>
            <translation>Вперёд на 5 секунд (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="113" />
            <source>Position / length of the recording</source>
            <translation>Позиция / длительность записи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="121" />
            <source>Playback speed (%1 faster, %2 slower)</source>
            <translation>Скорость воспроизведения (%1 — быстрее, %2 — медленнее)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="123" />
            <source>Playback speed</source>
            <translation>Скорость воспроизведения</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="125" />
            <location filename="../../reviewer/ui/conversation/player.py" line="265" />
            <source>Mute</source>
            <translation>Выключить звук</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="175" />
            <source>The recording is missing: %1</source>
            <translation>Запись не найдена: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="265" />
            <source>Unmute</source>
            <translation>Включить звук</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="302" />
            <source>Pause (%1)</source>
            <translation>Пауза (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="311" />
            <source>Cannot play %1: %2</source>
            <translation>Не удаётся воспроизвести %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/player.py" line="317" />
            <source>No sound output: playing silently</source>
            <translation>Нет устройства вывода звука: воспроизведение без звука</translation>
        </message>
    </context>
    <context>
        <name>QueueDock</name>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="33" />
            <source>My Queue</source>
            <extracomment>the user chose a conversation of the queue</extracomment>
            <translation>Моя очередь</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="41" />
            <source>Next Conversation (F8)</source>
            <translation>Следующий разговор (F8)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="62" />
            <source>Nothing is assigned to %1.</source>
            <translation>Для %1 ничего не назначено.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="64" />
            <source>My queue: %1 of %2 done</source>
            <translation>Моя очередь: готово %1 из %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/queue_dock.py" line="66" />
            <source>, due %1</source>
            <translation>, срок: %1</translation>
        </message>
    </context>
    <context>
        <name>RaiseDisputeDialog</name>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="48" />
            <source>Dispute an Answer</source>
            <translation>Оспорить ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="62" />
            <source>Why the answer is wrong, in the employee's words</source>
            <translation>Почему ответ неверен — словами сотрудника</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="65" />
            <source>A trainer raises it on the employee's behalf</source>
            <translation>Тренер подаёт от имени сотрудника</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="72" />
            <source>Attach as evidence: %1</source>
            <translation>Приложить как доказательство: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="74" />
            <source>No evidence: select turns or play the recording first to attach some</source>
            <translation>Без доказательств: чтобы приложить, сначала выделите реплики или включите запись</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="78" />
            <source>Criterion:</source>
            <translation>Критерий:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="79" />
            <source>Proposed answer:</source>
            <translation>Предлагаемый ответ:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="80" />
            <source>Argument:</source>
            <translation>Обоснование:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="81" />
            <source>Raised by:</source>
            <translation>Подаёт:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="83" />
            <source>Evidence:</source>
            <translation>Доказательства:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/dispute_dialogs.py" line="85" />
            <source>Raise Dispute</source>
            <translation>Оспорить</translation>
        </message>
    </context>
    <context>
        <name>RecorderWidget</name>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="134" />
            <source>The microphone to record with</source>
            <extracomment>the file a recording is being written to reviewer.recording.RecordingResult of a recording that was stopped a recording could not start or broke off: the message shown</extracomment>
            <translation>Микрофон для записи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="139" />
            <source>Look for microphones again (after plugging one in)</source>
            <translation>Снова найти микрофоны (после подключения нового)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="142" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="143" />
            <source>Start recording; the file is saved in the library as it is recorded</source>
            <translation>Начать запись; файл сохраняется в библиотеке по ходу записи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="146" />
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="329" />
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="149" />
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="150" />
            <source>Finish the recording and attach it to the visit</source>
            <translation>Завершить запись и прикрепить её к визиту</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="155" />
            <source>Length of the recording so far</source>
            <translation>Длительность записи на данный момент</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="157" />
            <source>Input level: speech should move the bar into the green, not the red</source>
            <translation>Уровень входного сигнала: речь должна доводить полосу до зелёной зоны, но не до красной</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="203" />
            <source>%1 — system default</source>
            <translation>%1 — системный по умолчанию</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="210" />
            <source>No microphone was found. Connect one and press %1 to look again; everything else in the form works without it.</source>
            <translation>Микрофон не найден. Подключите его и нажмите %1, чтобы поискать снова; всё остальное в форме работает и без него.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="216" />
            <source>No input device</source>
            <translation>Нет устройства записи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="287" />
            <source>The microphone has stopped sending sound. Check that it is still connected; what was recorded so far is kept.</source>
            <translation>Микрофон перестал передавать звук. Проверьте, что он подключён; уже записанное сохранено.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="297" />
            <source>Recording is not available on this computer: the PortAudio sound library is not installed. Everything else in the form works.</source>
            <translation>Запись на этом компьютере недоступна: не установлена звуковая библиотека PortAudio. Всё остальное в форме работает.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="299" />
            <source>No microphone was found, or the chosen one is gone. Connect one and press %1 to look again.</source>
            <translation>Микрофон не найден или выбранный микрофон отключён. Подключите микрофон и нажмите %1, чтобы поискать снова.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="301" />
            <source>The microphone is busy: another program is using it. Close that program and press Record again.</source>
            <translation>Микрофон занят: его использует другая программа. Закройте её и снова нажмите «Запись».</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="303" />
            <source>The microphone could not be used: %1</source>
            <translation>Не удалось использовать микрофон: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="304" />
            <source>The recording could not be written: %1</source>
            <translation>Не удалось записать файл записи: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="329" />
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="333" />
            <source>Paused</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/recorder_widget.py" line="336" />
            <source>Recording</source>
            <translation>Идёт запись</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="116" />
            <source>Reports</source>
            <extracomment>the file written why no file was written (the message names the problem)</extracomment>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="125" />
            <source>Coaching report for an employee (PDF)</source>
            <translation>Отчёт для коучинга сотрудника (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="126" />
            <source>Scorecard of one review (PDF)</source>
            <translation>Карточка одной оценки (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="127" />
            <source>Team summary (PDF)</source>
            <translation>Сводка по команде (PDF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="128" />
            <source>All scores for spreadsheets (CSV)</source>
            <translation>Все баллы для электронных таблиц (CSV)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="134" />
            <source>Only reviews submitted from</source>
            <translation>Только оценки, отправленные с</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="146" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="148" />
            <source>Open the file when it is ready</source>
            <translation>Открыть файл, когда он будет готов</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="159" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="166" />
            <source>Report:</source>
            <translation>Отчёт:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="167" />
            <source>Employee:</source>
            <translation>Сотрудник:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="168" />
            <source>Review number:</source>
            <translation>Номер оценки:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="169" />
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="170" />
            <source>Rubric:</source>
            <translation>Анкета:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="171" />
            <source>Language of headings:</source>
            <translation>Язык заголовков:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="172" />
            <source>Save as:</source>
            <translation>Сохранить как:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="177" />
            <source>Generate</source>
            <translation>Создать</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="178" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="181" />
            <source>Plan a Session from This Report…</source>
            <translation>Запланировать встречу по этому отчёту…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="218" />
            <source>All rubrics</source>
            <translation>Все анкеты</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="245" />
            <source>No employee has submitted reviews in this period</source>
            <translation>Ни у кого из сотрудников нет отправленных оценок за этот период</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="287" />
            <source>Save the report as</source>
            <translation>Сохранить отчёт как</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="288" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="288" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="299" />
            <source>Choose where to save the report.</source>
            <translation>Выберите, куда сохранить отчёт.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="303" />
            <source>The folder {0} does not exist.</source>
            <translation>Папка {0} не существует.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="306" />
            <source>No employee has submitted reviews in this period.</source>
            <translation>Ни у кого из сотрудников нет отправленных оценок за этот период.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/session_planning.py" line="22" />
            <source>There are no employees in this library yet.</source>
            <translation>В этой библиотеке пока нет сотрудников.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/session_planning.py" line="33" />
            <source>No session can be planned: {0}</source>
            <translation>Встречу запланировать нельзя: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/session_planning.py" line="40" />
            <source>Coaching session {0} saved.</source>
            <translation>Коучинговая встреча {0} сохранена.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="313" />
            <source>The period starts after it ends.</source>
            <translation>Начало периода позже его конца.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="344" />
            <source>Not saved: {0} is kept as it was.</source>
            <translation>Не сохранено: файл {0} оставлен без изменений.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="357" />
            <source>Making the report…</source>
            <translation>Создание отчёта…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="362" />
            <source>Replace the file?</source>
            <translation>Заменить файл?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="363" />
            <source>{0} already exists. Replace it with the new report?</source>
            <translation>Файл {0} уже существует. Заменить его новым отчётом?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="372" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="397" />
            <source>Saved {0}</source>
            <translation>Сохранено: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="404" />
            <source>No report was made: {0}</source>
            <translation>Отчёт не создан: {0}</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/reports/reports_dialog.py" line="408" />
            <source>Cancelled; no file was written.</source>
            <translation>Отменено; файл не записан.</translation>
        </message>
    </context>
    <context>
        <name>ReviewHistory</name>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="70" />
            <source>%1 started the review</source>
            <extracomment>the id of another reviewer's review to look at</extracomment>
            <translation>%1 начал(а) оценку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="79" />
            <source>History (%1)</source>
            <translation>История (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="112" />
            <source>no answer</source>
            <translation>нет ответа</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="123" />
            <source>%1 submitted the review</source>
            <translation>%1 отправил(а) оценку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="125" />
            <source>%1 reopened the review</source>
            <translation>%1 снова открыл(а) оценку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="128" />
            <source>%1 changed “%2” from %3 to %4</source>
            <translation>%1 изменил(а) «%2»: %3 → %4</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="132" />
            <source>%1 decided a dispute: “%2” from %3 to %4</source>
            <translation>%1 решил(а) оспаривание: «%2» с «%3» на «%4»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="137" />
            <source>%1 changed the comment on “%2”: %3</source>
            <translation>%1 изменил(а) комментарий к «%2»: %3</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="138" />
            <source>removed</source>
            <translation>удалён</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="140" />
            <source>%1 changed the evidence of “%2” (now %3)</source>
            <translation>%1 изменил(а) доказательства к «%2» (теперь %3)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="150" />
            <source>submitted %1</source>
            <translation>отправлена %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="152" />
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/review_history.py" line="156" />
            <source>Other reviews:</source>
            <translation>Другие оценки:</translation>
        </message>
    </context>
    <context>
        <name>ScoringHeader</name>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="67" />
            <source>Your name is recorded on your reviews. Type it to start:</source>
            <extracomment>a rubric was picked in the box (before scoring started) "change" next to the reviewer's name "Back to yours" while another reviewer's review is shown the name typed when asked for it before the first review</extracomment>
            <translation>Ваше имя записывается в ваши оценки. Введите его, чтобы начать:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="69" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="70" />
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="89" />
            <source>This rubric asks for a comment on every lowest answer, saying what happened.</source>
            <translation>Эта анкета требует комментарий к каждой самой низкой оценке: что произошло.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="143" />
            <source>The rubric of a review cannot change once scoring has started</source>
            <translation>Анкету оценки нельзя сменить после начала оценки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="159" />
            <source>so far, %1 of %2 answered</source>
            <translation>пока отвечено %1 из %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="161" />
            <source>%1 of %2 criteria answered</source>
            <translation>Отвечено критериев: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="163" />
            <source>The score of the criteria answered so far</source>
            <translation>Балл по критериям, на которые уже есть ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="170" />
            <source>your name, asked at the first answer</source>
            <translation>ваше имя, спросим при первом ответе</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="173" />
            <source>Reviewer: %1</source>
            <translation>Оценщик: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="175" />
            <source>change</source>
            <translation>изменить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="179" />
            <source>Not started: the first answer starts a draft, saved as you go.</source>
            <translation>Не начата: первый ответ создаёт черновик, он сохраняется по ходу работы.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="181" />
            <source>Submitted %1. Read-only until reopened.</source>
            <translation>Отправлена %1. Только чтение, пока её снова не откроют.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="183" />
            <source>Reopened: changes are kept in the history. Saved %1.</source>
            <translation>Открыта снова: изменения сохраняются в истории. Сохранено %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="186" />
            <source>Draft, saved %1.</source>
            <translation>Черновик, сохранён %1.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="189" />
            <source>Back to yours</source>
            <translation>Вернуться к своей</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_header.py" line="190" />
            <source>This is another reviewer's review.</source>
            <translation>Это оценка другого оценщика.</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="82" />
            <source>Submit</source>
            <extracomment>an evidence link was clicked: the Evidence (main_window seeks the conversation view) a review of this conversation (its id) was submitted or reopened: the library row changed</extracomment>
            <translation>Отправить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="83" />
            <source>Make the review final (Ctrl+Enter)</source>
            <translation>Сделать оценку окончательной (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="86" />
            <source>Reopen</source>
            <translation>Открыть снова</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="87" />
            <source>Make the submitted review editable again; changes are kept in its history</source>
            <translation>Снова разрешить изменять отправленную оценку; изменения сохраняются в её истории</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="203" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="203" />
            <source>The name recorded on your reviews:</source>
            <translation>Имя, которое записывается в ваших оценках:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="224" />
            <source>Select a conversation to score it.</source>
            <translation>Выберите разговор, чтобы его оценить.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="239" />
            <source>No rubric fits this conversation's channel (%1). Put one in %2.</source>
            <translation>Для канала этого разговора (%1) нет анкеты. Положите её в %2.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="356" />
            <source>Type your name above first: it is recorded on your reviews. Your answer is saved as soon as you start.</source>
            <translation>Сначала введите своё имя выше: оно записывается в ваши оценки. Ответ сохранится, как только вы начнёте.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="388" />
            <source>This review is submitted: reopen it to change its answers.</source>
            <translation>Эта оценка отправлена: откройте её снова, чтобы изменить ответы.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="446" />
            <source>Select turns in the transcript, or play the recording, then attach them as evidence.</source>
            <translation>Выделите реплики в расшифровке или включите запись, затем прикрепите их как доказательство.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="476" />
            <source>Submitted. The review is read-only until you reopen it.</source>
            <translation>Отправлено. Оценку можно только читать, пока вы снова её не откроете.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_panel.py" line="482" />
            <source>Reopened: your changes will be kept in the review's history.</source>
            <translation>Открыта снова: ваши изменения сохранятся в истории оценки.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="132" />
            <source>the review scores 0</source>
            <translation>оценка разговора равна 0</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="133" />
            <source>its section scores 0</source>
            <translation>его раздел равен 0</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="134" />
            <source>the review is flagged</source>
            <translation>оценка помечена флажком</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="136" />
            <source>Critical failed: %1 (%2)</source>
            <translation>Нарушен критический критерий: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="145" />
            <source>and %1 more</source>
            <translation>и ещё %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="161" />
            <source>The review cannot be submitted yet.</source>
            <translation>Оценку пока нельзя отправить.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="165" />
            <source>Not answered (%1 of %2):</source>
            <translation>Без ответа (%1 из %2):</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/scoring_support.py" line="169" />
            <source>A comment saying why is required for:</source>
            <translation>Нужен комментарий с объяснением для:</translation>
        </message>
    </context>
    <context>
        <name>SectionHeader</name>
        <message>
            <location filename="../../reviewer/ui/scoring/criteria_list.py" line="47" />
            <source>No criterion of this section counts yet</source>
            <translation>В этом разделе пока не учтён ни один критерий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/criteria_list.py" line="51" />
            <source>Set to 0 by a failed critical criterion</source>
            <translation>Обнулён из-за нарушенного критического критерия</translation>
        </message>
    </context>
    <context>
        <name>SeekBar</name>
        <message>
            <location filename="../../reviewer/ui/conversation/seek_bar.py" line="48" />
            <source>Position in the recording</source>
            <extracomment>Lanes from top to bottom; a lane is drawn only when the conversation has turns of that role. the user asked to go to this position (ms)</extracomment>
            <translation>Позиция в записи</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/seek_bar.py" line="277" />
            <source>Silence of %1</source>
            <translation>Тишина %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/seek_bar.py" line="277" />
            <source>Overtalk of %1</source>
            <translation>Одновременная речь %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="47" />
            <source>Keyboard Shortcuts</source>
            <extracomment>property naming the section of a shortcut or action outside the menus: "player", "transcript", "search", "scoring" or any title to show as it is</extracomment>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="51" />
            <source>Filter: type a key or a word</source>
            <translation>Фильтр: введите клавишу или слово</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="57" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="57" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="68" />
            <source>Click a turn to play the call from there; Ctrl+click or Shift+click selects several turns. Keys typed into a text field stay there: Space types a space.</source>
            <translation>Щелчок по реплике воспроизводит звонок с этого места; Ctrl+щелчок или Shift+щелчок выделяет несколько реплик. Клавиши, нажатые в текстовом поле, остаются в нём: пробел вводит пробел.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="73" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="96" />
            <source>Player</source>
            <translation>Проигрыватель</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="97" />
            <source>Transcript</source>
            <translation>Текст разговора</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="98" />
            <source>Find in the conversation</source>
            <translation>Поиск в разговоре</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="99" />
            <source>Seek bar (when it has the focus)</source>
            <translation>Полоса перемотки (когда она в фокусе)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="100" />
            <source>Scoring (in the criteria list)</source>
            <translation>Оценка (в списке критериев)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="101" />
            <source>Transcription jobs</source>
            <translation>Задания расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="153" />
            <source>Previous or next criterion</source>
            <translation>Предыдущий или следующий критерий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="154" />
            <source>Previous or next section</source>
            <translation>Предыдущий или следующий раздел</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="155" />
            <source>Answer yes, partly or no</source>
            <translation>Ответ «да», «частично» или «нет»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="156" />
            <source>That point of a rating or points scale</source>
            <translation>Этот балл шкалы оценок или баллов</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="157" />
            <source>Not applicable, where allowed</source>
            <translation>Неприменимо, где это разрешено</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="158" />
            <source>Clear the answer</source>
            <translation>Очистить ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="159" />
            <source>Write a comment (Esc leaves it)</source>
            <translation>Написать комментарий (Esc — выйти из него)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="160" />
            <source>Attach the selected turns or the moment playing as evidence</source>
            <translation>Прикрепить выбранные реплики или текущий момент записи как доказательство</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="161" />
            <source>Submit the review</source>
            <translation>Отправить оценку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="162" />
            <source>Cancel the selected transcriptions</source>
            <translation>Отменить выбранные расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="102" />
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="146" />
            <source>Next match</source>
            <translation>Следующее совпадение</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="147" />
            <source>Previous match</source>
            <translation>Предыдущее совпадение</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="148" />
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="149" />
            <source>Back or forward 5 seconds</source>
            <translation>Назад или вперёд на 5 секунд</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="150" />
            <source>Back or forward 30 seconds</source>
            <translation>Назад или вперёд на 30 секунд</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/shortcuts_dialog.py" line="151" />
            <source>The start or the end of the recording</source>
            <translation>Начало или конец записи</translation>
        </message>
    </context>
    <context>
        <name>SpeakerCountButton</name>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="76" />
            <source>How many people speak in this one-channel recording. Choosing another number transcribes the call again.</source>
            <translation>Сколько человек говорит в этой одноканальной записи. Если выбрать другое число, звонок будет расшифрован заново.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="38" />
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="73" />
            <source>Detect</source>
            <translation>Определить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="74" />
            <source>Speakers: %1</source>
            <translation>Говорящих: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="79" />
            <source>Separation heard one voice in this recording (no number of speakers was set). Choosing a number transcribes the call again with that many speakers.</source>
            <translation>Разделение услышало в этой записи один голос (число говорящих не задано). Если выбрать число, звонок будет расшифрован заново с таким числом говорящих.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_count.py" line="82" />
            <source>Separation found %1 speakers in this recording (no number of speakers was set). Choosing a number transcribes the call again with that many speakers.</source>
            <translation>Разделение нашло в этой записи говорящих: %1 (число говорящих не задано). Если выбрать число, звонок будет расшифрован заново с таким числом говорящих.</translation>
        </message>
    </context>
    <context>
        <name>SpeakerRolesBar</name>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="59" />
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="121" />
            <source>Swap Agent and Customer</source>
            <extracomment>error message, "" when none the roles were swapped: the conversation's turns changed the voice profile was updated after a swap (error message, "" when none)</extracomment>
            <translation>Поменять агента и клиента</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="60" />
            <source>The machine took the wrong speaker for the agent: swap the roles of all their turns at once</source>
            <translation>Программа приняла за агента не того говорящего: поменять роли во всех их репликах сразу</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="63" />
            <source>Swap &amp;Agent and Customer</source>
            <translation>Поменять &amp;агента и клиента</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="78" />
            <source>voice profile</source>
            <translation>голосовой профиль</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="79" />
            <source>greets with the company name</source>
            <translation>здоровается с названием компании</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="80" />
            <source>introduces themself</source>
            <translation>представляется</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="81" />
            <source>offers help</source>
            <translation>предлагает помощь</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="82" />
            <source>says the company name</source>
            <translation>называет компанию</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="83" />
            <source>the other speaker asks for something</source>
            <translation>другой говорящий о чём-то просит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="84" />
            <source>asks to wait or checks, as an agent does</source>
            <translation>просит подождать или проверяет, как агент</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="85" />
            <source>says "you" and "we" where the other says "I"</source>
            <translation>говорит «вы» и «мы», где другой говорит «я»</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="86" />
            <source>call direction</source>
            <translation>направление звонка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="87" />
            <source>no cue, first speaker</source>
            <translation>без подсказки, первый говорящий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="88" />
            <source>set by a reviewer</source>
            <translation>задано проверяющим</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="103" />
            <source>Agent: Speaker %1 — set by %2</source>
            <translation>Агент: говорящий %1 — задал(а) %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="104" />
            <source>a reviewer</source>
            <translation>проверяющий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/speaker_roles_bar.py" line="106" />
            <source>Agent: Speaker %1 — %2, %3 % sure</source>
            <translation>Агент: говорящий %1 — %2, уверенность %3 %</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="131" />
            <source>No automatic check: this one is yours to judge</source>
            <translation>Автоматической проверки нет: решаете вы</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="142" />
            <source>Suggested: %1</source>
            <translation>Предложено: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="144" />
            <source>(experimental)</source>
            <translation>(экспериментально)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="147" />
            <source>Accept (S)</source>
            <translation>Принять (S)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="151" />
            <source>✓ Your answer matches the suggestion</source>
            <translation>✓ Ваш ответ совпадает с предложением</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="155" />
            <source>overridden</source>
            <translation>изменено вами</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="161" />
            <source>Confidence %1 %</source>
            <translation>Уверенность %1 %</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="170" />
            <source>Turn %1</source>
            <translation>Реплика %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="176" />
            <source>wrong answer</source>
            <translation>неверный ответ</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="177" />
            <source>wrong evidence</source>
            <translation>неверное доказательство</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="178" />
            <source>missed evidence</source>
            <translation>пропущено доказательство</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="181" />
            <source>Why?</source>
            <translation>Почему?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/scoring/suggestions.py" line="235" />
            <source>Noted: the suggestion was a %1.</source>
            <translation>Отмечено: у предложения %1.</translation>
        </message>
    </context>
    <context>
        <name>TeamControl</name>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="21" />
            <source>My &amp;Queue</source>
            <translation>Моя &amp;очередь</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="23" />
            <source>&amp;Next in My Queue</source>
            <translation>&amp;Следующий в очереди</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="25" />
            <source>Open the next conversation assigned to you that still needs a review</source>
            <translation>Открыть следующий назначенный вам разговор без оценки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="28" />
            <source>&amp;Export for a Colleague…</source>
            <translation>&amp;Экспорт для коллеги…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="30" />
            <source>The selected conversations and their reviews in one file for another reviewer's library</source>
            <translation>Выбранные разговоры и их оценки одним файлом для библиотеки другого оценщика</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="33" />
            <source>&amp;Calibration Results…</source>
            <translation>Результаты &amp;калибровки…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="59" />
            <source>Nothing left in your queue</source>
            <translation>В вашей очереди ничего не осталось</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/library/team_control.py" line="77" />
            <source>Exported %1 reviews to %2</source>
            <translation>Экспортировано оценок: %1 в %2</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionControl</name>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="44" />
            <source>&amp;Transcribe Selected</source>
            <translation>&amp;Расшифровать выбранные</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="45" />
            <source>Transcribe</source>
            <translation>Расшифровать</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="48" />
            <source>Transcribe the recordings of the selected calls on this computer (Ctrl+T)</source>
            <translation>Расшифровать записи выбранных звонков на этом компьютере (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="51" />
            <source>Transcribe All &amp;Pending</source>
            <translation>Расшифровать все &amp;ожидающие</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="52" />
            <source>Transcribe Pending</source>
            <translation>Расшифровать ожидающие</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="55" />
            <source>Transcribe every call that is waiting for a transcript (Ctrl+Shift+T)</source>
            <translation>Расшифровать все звонки, ожидающие расшифровки (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="58" />
            <source>&amp;Cancel Transcription</source>
            <translation>&amp;Отменить расшифровку</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="59" />
            <source>Stop transcribing the selected conversations</source>
            <translation>Остановить расшифровку выбранных разговоров</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="62" />
            <source>Transcription &amp;Jobs</source>
            <translation>&amp;Задания расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="65" />
            <source>Show or hide the transcription jobs (Ctrl+J)</source>
            <translation>Показать или скрыть задания расшифровки (Ctrl+J)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="79" />
            <source>Select the calls to transcribe first</source>
            <translation>Сначала выберите звонки для расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="83" />
            <source>None of the selected conversations has a recording to transcribe</source>
            <translation>Ни у одного из выбранных разговоров нет записи для расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="95" />
            <source>No call is waiting for a transcript</source>
            <translation>Нет звонков, ожидающих расшифровки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="102" />
            <source>Transcribe again?</source>
            <translation>Расшифровать заново?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="103" />
            <source>Selected conversations that already have a transcript: %1. Transcribe them again? Their turns, with any corrections made to them, will be replaced.</source>
            <translation>Выбранных разговоров, у которых уже есть расшифровка: %1. Расшифровать их заново? Их реплики вместе со всеми исправлениями будут заменены.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="120" />
            <source>Conversations that cannot be transcribed: %1</source>
            <translation>Разговоры, которые нельзя расшифровать: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="113" />
            <source>Transcriptions waiting or running: %1</source>
            <translation>Расшифровок в очереди или в работе: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="118" />
            <source>… and %1 more</source>
            <translation>… и ещё %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="119" />
            <source>Not transcribed</source>
            <translation>Не расшифровано</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="134" />
            <source>The selected conversations are not being transcribed</source>
            <translation>Выбранные разговоры сейчас не расшифровываются</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="170" />
            <source>Transcription of %1 failed: %2</source>
            <translation>Не удалось расшифровать «%1»: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/jobs/transcription_control.py" line="172" />
            <source>Transcriptions finished</source>
            <translation>Расшифровка завершена</translation>
        </message>
    </context>
    <context>
        <name>TurnActions</name>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="44" />
            <source>&amp;Play From Here</source>
            <extracomment>turns were corrected: their rows (already shown as saved) "Play From Here" on this row</extracomment>
            <translation>&amp;Воспроизвести отсюда</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="45" />
            <source>&amp;Edit Turn…</source>
            <translation>&amp;Изменить реплику…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="46" />
            <source>Speaker: &amp;Agent</source>
            <translation>Кто говорит: &amp;сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="47" />
            <source>Speaker: &amp;Customer</source>
            <translation>Кто говорит: &amp;клиент</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="49" />
            <source>&amp;Revert to Original</source>
            <translation>&amp;Вернуть исходный</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="50" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_actions.py" line="183" />
            <source>The turn was not changed</source>
            <extracomment>more actions after the role ones, shown while enabled (the speaker roles bar's swap)</extracomment>
            <translation>Реплика не изменена</translation>
        </message>
    </context>
    <context>
        <name>TurnDelegate</name>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="324" />
            <source>Speaker %1</source>
            <translation>Говорящий %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="347" />
            <location filename="../../reviewer/ui/conversation/transcript.py" line="431" />
            <source>edited</source>
            <translation>изменено</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="352" />
            <location filename="../../reviewer/ui/conversation/transcript.py" line="462" />
            <source>reply %1</source>
            <translation>ответ %1</translation>
        </message>
    </context>
    <context>
        <name>TurnEditorDialog</name>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="55" />
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="80" />
            <source>Edit Turn</source>
            <translation>Правка реплики</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="56" />
            <source>This turn is no longer in the conversation; it may have been transcribed again.</source>
            <translation>Этой реплики больше нет в разговоре: возможно, его расшифровали заново.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="95" />
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="100" />
            <source>&amp;Agent</source>
            <translation>&amp;Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="101" />
            <source>&amp;Customer</source>
            <translation>&amp;Клиент</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="102" />
            <source>&amp;Unknown</source>
            <translation>&amp;Неизвестно</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="105" />
            <source>S&amp;ystem</source>
            <translation>Систе&amp;ма</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="108" />
            <source>Speaker:</source>
            <translation>Кто говорит:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="125" />
            <source>Speaker: %1</source>
            <translation>Кто говорил: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="141" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="142" />
            <source>Save the correction (Ctrl+Enter)</source>
            <translation>Сохранить исправление (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="143" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="145" />
            <source>&amp;Revert to Original</source>
            <translation>&amp;Вернуть исходный</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="147" />
            <source>Put back the original text and speaker</source>
            <translation>Вернуть исходный текст и говорящего</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="155" />
            <source>Ctrl+Enter saves. The original stays in the library and can be put back at any time.</source>
            <translation>Ctrl+Enter — сохранить. Исходный вариант остаётся в библиотеке, его можно вернуть в любой момент.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="192" />
            <source>Original transcript</source>
            <translation>Исходная расшифровка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="193" />
            <source>Original text</source>
            <translation>Исходный текст</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="201" />
            <source>Edited by %1, %2</source>
            <translation>Исправил(а) %1, %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="202" />
            <source>Edited %1</source>
            <translation>Исправлено %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="249" />
            <source>The text cannot be empty. Type what was said, or revert to the original.</source>
            <translation>Текст не может быть пустым. Впишите, что было сказано, или верните исходный.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/turn_editor.py" line="267" />
            <source>The turn was not saved: %1</source>
            <translation>Реплика не сохранена: %1</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="264" />
            <source>Corrected by %1</source>
            <extracomment>the turn being played moved from one row to another (None: no row); see set_current_row</extracomment>
            <translation>Исправил(а) %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="265" />
            <source>Corrected by a reviewer</source>
            <translation>Исправлено проверяющим</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="267" />
            <source>Speaker before: %1</source>
            <translation>Кто говорил раньше: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/transcript.py" line="270" />
            <source>Text before: %1</source>
            <translation>Текст до исправления: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitControl</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="20" />
            <source>New &amp;Visit…</source>
            <translation>Новый &amp;визит…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="22" />
            <source>Log a mystery-shopper visit or test call, record it and score it</source>
            <translation>Записать визит или контрольный звонок тайного покупателя, сделать аудиозапись и оценить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="24" />
            <source>Open Visit &amp;Form</source>
            <translation>Открыть &amp;форму визита</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="25" />
            <source>The form of the selected visit or test call, beside its scoring</source>
            <translation>Форма выбранного визита или контрольного звонка рядом с его оценкой</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="64" />
            <source>Unfinished recordings could not be stored: %1</source>
            <translation>Не удалось сохранить незавершённые записи: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_control.py" line="68" />
            <source>Recordings cut off when Reviewer stopped were saved with their visits: %1</source>
            <translation>Записи, прерванные остановкой Reviewer, сохранены вместе с визитами: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitFacts</name>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="82" />
            <source>Double-click a photo to see it large</source>
            <translation>Дважды щёлкните фото, чтобы увидеть его крупно</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="99" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>С опозданием: оценка отправлена позже чем через 12 часов после визита.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="109" />
            <source>Photos (%1)</source>
            <translation>Фото (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="120" />
            <source>Test call</source>
            <translation>Контрольный звонок</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="120" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="124" />
            <source>Branch</source>
            <translation>Филиал</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="127" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="129" />
            <source>Persona</source>
            <translation>Роль покупателя</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="131" />
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="134" />
            <source>waited %1 before being greeted</source>
            <translation>ожидание приветствия %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="136" />
            <source>lasted %1</source>
            <translation>длительность %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="138" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="140" />
            <source>Shopper</source>
            <translation>Тайный покупатель</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="142" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="147" />
            <source>Other</source>
            <translation>Другая</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="149" />
            <source>Doesn't know what they need</source>
            <translation>Не знает, что хочет</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="150" />
            <source>Knows better</source>
            <translation>Знает лучше</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="151" />
            <source>Rude</source>
            <translation>Грубиян</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="152" />
            <source>Offended / suspicious</source>
            <translation>Обиженный / подозрительный</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="157" />
            <source>no time (no EXIF)</source>
            <translation>без времени (нет EXIF)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/conversation/visit_facts.py" line="161" />
            <source>not during the visit</source>
            <translation>не во время визита</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="109" />
            <source>not during the visit</source>
            <translation>не во время визита</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_fields.py" line="115" />
            <source>Photos taken:</source>
            <translation>Время съёмки фото:</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="83" />
            <source>Every “no” in the scoring needs a comment saying what happened (the mystery shopping standard).</source>
            <extracomment>the visit was stored (created or changed, attachments too): its conversation id</extracomment>
            <translation>Каждый ответ «нет» в оценке требует комментария о том, что произошло (стандарт тайного покупателя).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="90" />
            <source>Shop or office</source>
            <translation>Магазин или офис</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="91" />
            <source>Street, town</source>
            <translation>Улица, город</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="92" />
            <source>Name, if you saw or heard it</source>
            <translation>Имя, если вы его видели или слышали</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="97" />
            <source>Otherwise what they looked like, where they stood</source>
            <translation>Иначе — как выглядел сотрудник, где стоял</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="98" />
            <source>What you asked for, the provocative question</source>
            <translation>О чём вы спрашивали, провокационный вопрос</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="100" />
            <source>The persona you played</source>
            <translation>Роль, которую вы играли</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="106" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="107" />
            <source>Anything else worth knowing</source>
            <translation>Всё, что ещё стоит знать</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="115" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="120" />
            <source>Date and time</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="121" />
            <source>Branch</source>
            <translation>Филиал</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="122" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="123" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="125" />
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="126" />
            <source>Persona played</source>
            <translation>Роль покупателя</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="136" />
            <source>Shopper</source>
            <translation>Тайный покупатель</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="137" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="146" />
            <source>Record the visit or call</source>
            <translation>Запись визита или звонка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="163" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="231" />
            <source>Describe the persona you played, or choose one of the list.</source>
            <translation>Опишите роль, которую вы играли, или выберите её из списка.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="239" />
            <source>%1: write minutes and seconds, such as 2:30 (or leave it empty).</source>
            <translation>%1: укажите минуты и секунды, например 2:30 (или оставьте пустым).</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="284" />
            <source>Not saved: %1</source>
            <translation>Не сохранено: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="288" />
            <source>Saved at %1</source>
            <translation>Сохранено в %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="320" />
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="322" />
            <source>Not saved yet</source>
            <translation>Ещё не сохранено</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="333" />
            <source>Wait before answer</source>
            <translation>Ожидание ответа</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="333" />
            <source>Wait before greeting</source>
            <translation>Ожидание приветствия</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="334" />
            <source>Call length</source>
            <translation>Длительность звонка</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="334" />
            <source>Visit length</source>
            <translation>Длительность визита</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="335" />
            <source>How long until someone answered, m:ss</source>
            <translation>Сколько прошло до ответа, м:сс</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="336" />
            <source>How long until an employee greeted you, m:ss</source>
            <translation>Сколько прошло до приветствия сотрудника, м:сс</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="340" />
            <source>New test call</source>
            <translation>Новый контрольный звонок</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="340" />
            <source>New visit</source>
            <translation>Новый визит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="343" />
            <source>Test call: %1</source>
            <translation>Контрольный звонок: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="343" />
            <source>Visit: %1</source>
            <translation>Визит: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="345" />
            <source>Test call</source>
            <translation>Контрольный звонок</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="345" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="364" />
            <source>Late: the review was submitted more than 12 hours after the visit.</source>
            <translation>С опозданием: оценка отправлена позже чем через 12 часов после визита.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="366" />
            <source>More than 12 hours have passed since the visit: its review will be marked late.</source>
            <translation>С визита прошло больше 12 часов: оценка будет отмечена как поданная с опозданием.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="421" />
            <source>The recording cannot be started: %1</source>
            <translation>Не удаётся начать запись: %1</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="425" />
            <source>Recording: the sound is saved in the library as it comes</source>
            <translation>Идёт запись: звук сохраняется в библиотеке по мере поступления</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="430" />
            <source>Nothing was recorded.</source>
            <translation>Ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_form.py" line="435" />
            <source>Recording of %1 saved; it will be transcribed like any call.</source>
            <translation>Запись длиной %1 сохранена; она будет расшифрована, как любой звонок.</translation>
        </message>
    </context>
    <context>
        <name>VisitWindow</name>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="38" />
            <source>Save the visit to score it against the mystery shopping rubric.

Every “no” answer needs a comment saying what happened.</source>
            <extracomment>the visit was stored (created or changed): its conversation id a review of the visit was submitted or reopened: its conversation id the window was closed (its recording and edits are saved)</extracomment>
            <translation>Сохраните визит, чтобы оценить его по анкете тайного покупателя.

Каждый ответ «нет» требует комментария о том, что произошло.</translation>
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
            <translation>Закрытие визита</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="107" />
            <source>This visit has not been saved. Save it?</source>
            <translation>Этот визит не сохранён. Сохранить?</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/visits/visit_window.py" line="118" />
            <source>The changes cannot be saved: %1

Close without them?</source>
            <translation>Изменения не удаётся сохранить: %1

Закрыть без них?</translation>
        </message>
    </context>
    <context>
        <name>VoiceProfilesDialog</name>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="91" />
            <source>Voice profiles</source>
            <extracomment>fraction done employee, conversations measured, conversations not used, cancelled, error message ("" when none) an employee's profile was made, refreshed or removed</extracomment>
            <translation>Голосовые профили</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="98" />
            <source>A voice profile tells which speaker of a mono call is the employee. It is measured from the agent channel of their transcribed two-channel calls and from turns a reviewer labelled as the agent's. Nothing is measured until you enrol an employee; removing a profile deletes it.</source>
            <translation>Голосовой профиль показывает, кто из говорящих в монозаписи звонка — сотрудник. Он измеряется по каналу оператора в расшифрованных двухканальных звонках сотрудника и по репликам, которые проверяющий отметил как реплики оператора. Пока вы не запишете голос сотрудника, ничего не измеряется; удаление профиля стирает его полностью.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="106" />
            <source>Employee</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="106" />
            <source>Voice profile</source>
            <translation>Голосовой профиль</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="106" />
            <source>Conversations</source>
            <translation>Разговоры</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="107" />
            <source>Speech</source>
            <translation>Речь</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="107" />
            <source>Updated</source>
            <translation>Обновлён</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="120" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="128" />
            <source>Enrol Voice</source>
            <translation>Записать голос</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="129" />
            <source>Remove Profile</source>
            <translation>Удалить профиль</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="145" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="147" />
            <source>enrolled, no voice yet</source>
            <translation>записан, голоса пока нет</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="149" />
            <source>ready</source>
            <translation>готов</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="159" />
            <source>No employees yet: give conversations an employee when importing them.</source>
            <translation>Сотрудников пока нет: укажите сотрудника при импорте разговоров.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="196" />
            <source>Measuring the voice of %1 in their calls…</source>
            <translation>Измеряется голос сотрудника %1 по звонкам…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="203" />
            <source>Stopping after the conversation being measured…</source>
            <translation>Остановка после текущего разговора…</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="216" />
            <source>The voice of %1 could not be measured: %2</source>
            <translation>Не удалось измерить голос сотрудника %1: %2</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="219" />
            <source>%1: calls measured: %2, not used: %3.</source>
            <translation>%1: измерено звонков: %2, не использовано: %3.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="222" />
            <source>Stopped; what was measured is kept.</source>
            <translation>Остановлено; измеренное сохранено.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="224" />
            <source>Transcribe their two-channel calls, or label the agent's turns of a mono call, then enrol again.</source>
            <translation>Расшифруйте двухканальные звонки сотрудника или отметьте реплики оператора в монозвонке, затем запишите голос снова.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="247" />
            <source>Remove voice profile</source>
            <translation>Удаление голосового профиля</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="248" />
            <source>Remove the voice profile of %1? Mono calls will then be labelled from what is said only.</source>
            <translation>Удалить голосовой профиль сотрудника %1? Тогда роли в монозвонках будут определяться только по сказанному.</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/speakers/voice_profiles_dialog.py" line="253" />
            <source>The voice profile of %1 was removed.</source>
            <translation>Голосовой профиль сотрудника %1 удалён.</translation>
        </message>
    </context>
</TS>
