"""Report texts of the automatic QA sections (team summary and coaching report), in the
reports' languages."""

from reviewer.reports.i18n import add_messages

TEXTS = {
    "en": {
        "auto_share": "Share met",
        "auto_ci_one": "not defined with one conversation",
        "auto_experimental": "experimental",
        "auto_qa": "Automatic QA",
        "auto_team_note": "Every conversation of the period (by its own date), scored by the rubrics' automatic "
                          "checks; only criteria whose checks ship automated count. No person reviewed these "
                          "scores: they are kept apart from the review scores above.",
        "auto_conversations": "Conversations",
        "auto_scored": "Scored automatically",
        "auto_reviewed": "Reviewed by hand",
        "auto_average": "Auto average",
        "auto_flagged": "Flagged automatically",
        "share_of": "{share} of {n}",
        "auto_by_employee": "Auto score by employee",
        "auto_score": "Auto score",
        "n_scored": "n",
        "auto_agreement": "Agreement of automatic QA with reviewers",
        "auto_agreement_note": "Per automated criterion, from every submitted review of the period that had "
                               "suggestions: how often the reviewer's answer was the suggestion, and Cohen's "
                               "kappa (agreement beyond chance: 1 perfect, 0 no better than chance). The same "
                               "figures as “reviewer autoqa agreement”.",
        "agreement_col": "Agreement",
        "kappa_col": "Kappa",
        "confusion_col": "Suggested → decided: n",
        "no_agreement": "No submitted review of the period had automatic suggestions.",
        "no_auto": "No conversation of the period has automatic results yet (“reviewer autoqa --all” scores them).",
        "auto_results": "Automatic results",
        "auto_label": "automatic, not reviewed by a person",
        "auto_employee_note": "The rubric's automatic checks over all {n} conversations of {employee} in the period "
                              "(by the conversation's date), reviewed or not; only criteria whose checks ship "
                              "automated. These are suggestions, not review scores: they are in none of the "
                              "figures above.",
        "auto_checked": "Checked",
        "auto_met": "Met",
        "auto_na": "N/A",
        "auto_moments": "Automatic examples where a criterion was not met",
        "auto_moments_note": "For the criteria missed most often: the check's reason and the moment it points to.",
        "no_auto_employee": "None of the employee's conversations of the period has automatic results yet.",
    },
    "ru": {
        "auto_share": "Доля",
        "auto_ci_one": "не определён по одному разговору",
        "auto_experimental": "экспериментальная",
        "auto_qa": "Автоматическая проверка",
        "auto_team_note": "Все разговоры периода (по их собственной дате), оценённые автоматическими проверками "
                          "анкет; учитываются только критерии, проверки которых включены. Эти оценки никто не "
                          "проверял: они отделены от оценок выше.",
        "auto_conversations": "Разговоры",
        "auto_scored": "Оценено автоматически",
        "auto_reviewed": "Проверено вручную",
        "auto_average": "Средняя авто-оценка",
        "auto_flagged": "С автоматическими отметками",
        "share_of": "{share} из {n}",
        "auto_by_employee": "Авто-оценка по сотрудникам",
        "auto_score": "Авто-оценка",
        "n_scored": "n",
        "auto_agreement": "Согласие автоматической проверки с проверяющими",
        "auto_agreement_note": "По каждому автоматическому критерию, по всем отправленным в периоде оценкам с "
                               "подсказками: как часто ответ проверяющего совпал с подсказкой, и каппа Коэна "
                               "(согласие сверх случайного: 1 полное, 0 не лучше случая). Те же цифры, что "
                               "выводит «reviewer autoqa agreement».",
        "agreement_col": "Согласие",
        "kappa_col": "Каппа",
        "confusion_col": "Подсказка → решение: n",
        "no_agreement": "Ни одна отправленная в периоде оценка не имела автоматических подсказок.",
        "no_auto": "Ни у одного разговора периода ещё нет автоматических результатов (их считает "
                   "«reviewer autoqa --all»).",
        "auto_results": "Автоматические результаты",
        "auto_label": "автоматически, без проверки человеком",
        "auto_employee_note": "Автоматические проверки анкеты по всем {n} разговорам сотрудника {employee} за "
                              "период (по дате разговора), проверенным и нет; только включённые критерии. Это "
                              "подсказки, а не оценки: они не входят ни в одну цифру выше.",
        "auto_checked": "Проверено",
        "auto_met": "Выполнено",
        "auto_na": "Неприм.",
        "auto_moments": "Автоматические примеры невыполненных критериев",
        "auto_moments_note": "Для критериев, которые чаще всего не выполнялись: причина проверки и момент, на "
                             "который она указывает.",
        "no_auto_employee": "Ни у одного разговора сотрудника за период ещё нет автоматических результатов.",
    },
    "lv": {
        "auto_share": "Daļa",
        "auto_ci_one": "nav nosakāms no vienas sarunas",
        "auto_experimental": "eksperimentāla",
        "auto_qa": "Automātiskā pārbaude",
        "auto_team_note": "Visas perioda sarunas (pēc to datuma), novērtētas ar anketu automātiskajām "
                          "pārbaudēm; skaitās tikai kritēriji, kuru pārbaudes ir ieslēgtas. Šos vērtējumus neviens "
                          "nav pārbaudījis: tie ir nodalīti no augstāk redzamajiem vērtējumiem.",
        "auto_conversations": "Sarunas",
        "auto_scored": "Novērtētas automātiski",
        "auto_reviewed": "Pārbaudītas manuāli",
        "auto_average": "Vidējais auto vērtējums",
        "auto_flagged": "Ar automātiskām atzīmēm",
        "share_of": "{share} no {n}",
        "auto_by_employee": "Auto vērtējums pa darbiniekiem",
        "auto_score": "Auto vērtējums",
        "n_scored": "n",
        "auto_agreement": "Automātiskās pārbaudes saskaņa ar vērtētājiem",
        "auto_agreement_note": "Katram automātiskajam kritērijam, no visiem perioda iesniegtajiem vērtējumiem ar "
                               "ieteikumiem: cik bieži vērtētāja atbilde sakrita ar ieteikumu, un Koena kappa "
                               "(saskaņa pāri nejaušībai: 1 pilnīga, 0 ne labāka par nejaušību). Tie paši skaitļi, "
                               "ko rāda “reviewer autoqa agreement”.",
        "agreement_col": "Saskaņa",
        "kappa_col": "Kappa",
        "confusion_col": "Ieteikts → izlemts: n",
        "no_agreement": "Nevienam perioda iesniegtajam vērtējumam nebija automātisku ieteikumu.",
        "no_auto": "Nevienai perioda sarunai vēl nav automātisku rezultātu (tos aprēķina "
                   "“reviewer autoqa --all”).",
        "auto_results": "Automātiskie rezultāti",
        "auto_label": "automātiski, bez cilvēka pārbaudes",
        "auto_employee_note": "Anketas automātiskās pārbaudes visām {n} darbinieka {employee} perioda "
                              "sarunām (pēc sarunas datuma), pārbaudītām un nepārbaudītām; tikai ieslēgtie kritēriji. "
                              "Tie ir ieteikumi, nevis vērtējumi: tie neietilpst nevienā augstāk redzamajā skaitlī.",
        "auto_checked": "Pārbaudīts",
        "auto_met": "Izpildīts",
        "auto_na": "N/A",
        "auto_moments": "Automātiski piemēri, kur kritērijs nav izpildīts",
        "auto_moments_note": "Kritērijiem, kas visbiežāk nav izpildīti: pārbaudes iemesls un brīdis, uz kuru tā norāda.",
        "no_auto_employee": "Nevienai darbinieka perioda sarunai vēl nav automātisku rezultātu.",
    },
}

add_messages(TEXTS)
