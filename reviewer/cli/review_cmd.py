"""reviewer review ID ... / reviewer review show REVIEW_ID / reviewer reviews : reviews from scripts.

``review`` takes either a conversation id (score it from an answers file) or the word ``show``
followed by a review id; one parser handles both, since argparse cannot have a subcommand and a
number in the same place.
"""

from __future__ import annotations

import json
from pathlib import Path

from reviewer.cli.common import whole_number, whole_number_or_fail

LANGUAGES = ("en", "ru", "lv")

USAGE = """reviewer review CONVERSATION_ID --answers FILE.json [--rubric RUBRIC_ID] [--reviewer NAME] [--submit] [--json]
       reviewer review show REVIEW_ID [--json] [--lang LANG]"""

ANSWERS_HELP = """The answers file is a JSON object: criterion id -> answer, or criterion id ->
{"answer": ..., "comment": "...", "evidence": [turn indexes or {"start_ms": .., "end_ms": ..}]}.
Answers are "yes", "partly", "no", "n/a", or a number on rating and points scales."""


def register(sub) -> None:
    p = sub.add_parser(
        "review",
        help="score a conversation from an answers file, or show a review",
        usage=USAGE,
        description="Score a conversation with a rubric from a JSON answers file (for scripts and tests), "
        "or show a review with every criterion, section score and the total.",
        epilog=ANSWERS_HELP,
    )
    p.add_argument("target", metavar="CONVERSATION_ID|show", help="a conversation id, or the word show")
    p.add_argument("review_id", nargs="?", metavar="REVIEW_ID", help="with show: the review to show")
    p.add_argument(
        "--rubric", metavar="RUBRIC_ID", help="default: the only rubric for the conversation's channel"
    )
    p.add_argument("--reviewer", metavar="NAME", help="default: the reviewer_name setting")
    p.add_argument("--answers", metavar="FILE.json", help="criterion id -> answer (see below)")
    p.add_argument(
        "--submit", action="store_true", help="submit the review (every criterion must be answered)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of rubric titles and labels")
    p.set_defaults(func=run_review)

    r = sub.add_parser("reviews", help="list reviews", description="List reviews, oldest first.")
    r.add_argument("--employee", metavar="NAME", help="only reviews of this employee's conversations")
    r.add_argument("--reviewer", metavar="NAME")
    r.add_argument("--conversation", type=whole_number, metavar="ID")
    r.add_argument("--state", choices=["draft", "submitted"])
    r.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    r.set_defaults(func=run_reviews)


# Answers file -------------------------------------------------------------------------------


def read_answers(path: Path) -> list[tuple]:
    """(criterion id, answer, comment, evidence) from an answers file; fail() on a bad file."""
    from reviewer.cli.common import fail
    from reviewer.storage.reviews import UNCHANGED

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror}", 1)
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text", 1)
    except json.JSONDecodeError as exc:
        fail(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", 1)
    if not isinstance(data, dict):
        fail(f"{path}: must be a JSON object of criterion id -> answer", 1)
    items = []
    for criterion_id, entry in data.items():
        if isinstance(entry, dict):
            unknown = set(entry) - {"answer", "comment", "evidence"}
            if unknown:
                fail(
                    f"{path}: criterion {criterion_id!r}: unknown key(s) {', '.join(sorted(unknown))}; "
                    "use answer, comment and evidence",
                    1,
                )
            items.append(
                (
                    criterion_id,
                    entry.get("answer"),
                    entry.get("comment", UNCHANGED),
                    entry.get("evidence", UNCHANGED),
                )
            )
        else:
            items.append((criterion_id, entry, UNCHANGED, UNCHANGED))
    return items


# review -------------------------------------------------------------------------------------


def run_review(args) -> int:
    from reviewer.cli.common import fail

    if args.target == "show":
        if args.review_id is None or not args.review_id.isdigit():
            fail("usage: reviewer review show REVIEW_ID (a review number)")
        if args.answers or args.submit or args.rubric or args.reviewer:
            fail("review show takes only REVIEW_ID, --json and --lang")
        return show(args, whole_number_or_fail(args.review_id, "REVIEW_ID"))
    if not args.target.isdigit():
        fail(f"expected a conversation id or 'show', not {args.target!r}\nusage: {USAGE}")
    if args.review_id is not None:
        fail(f"unexpected {args.review_id!r} after the conversation id\nusage: {USAGE}")
    if not args.answers:
        fail("--answers FILE.json is required to score a conversation")
    return score_from_file(args, whole_number_or_fail(args.target, "CONVERSATION_ID"))


def _pick_rubric(args, library, conversation):
    from reviewer.cli.common import fail
    from reviewer.rubrics import RubricNotFound, load_catalog

    catalog = load_catalog(library.root)
    if args.rubric:
        try:
            return catalog.get(args.rubric)
        except RubricNotFound as exc:
            fail(str(exc.args[0]), 1)
    fitting = catalog.for_channel(conversation.channel)
    if len(fitting) != 1:
        names = ", ".join(r.id for r in fitting) or "none"
        fail(f"say which rubric with --rubric; rubrics for {conversation.channel}: {names}", 1)
    return fitting[0]


def score_from_file(args, conversation_id: int) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.cli.output import shown
    from reviewer.domain import AnswerError, ReviewError

    answers_path = Path(args.answers)
    items = read_answers(answers_path)
    with open_library(args) as library:
        conversation = library.conversations.get(conversation_id, with_turns=False)
        if conversation is None:
            fail(f"no conversation #{conversation_id}", 1)
        rubric = _pick_rubric(args, library, conversation)
        try:
            # One transaction: a rejected answer or a failed submit leaves no review behind.
            with library.transaction():
                review = library.reviews.create(conversation_id, rubric, args.reviewer)
                review = library.reviews.set_answers(review.id, items)
                if args.submit:
                    review = library.reviews.submit(review.id)
        except AnswerError as exc:
            fail(f"{shown(answers_path)}: {shown(exc)}; nothing was saved", 1)
        except ReviewError as exc:
            fail(f"{shown(exc)}; nothing was saved", 1)
        if args.json:
            print_json(review_json(review, conversation.turns, args.lang))
            return 0
    score = review.score()
    state = "submitted" if args.submit else "saved as a draft"
    missing = f" ({len(score.unanswered)} criteria unanswered)" if score.unanswered else ""
    flag = "; flagged: a critical criterion failed" if score.flagged else ""
    print(
        f"review {review.id} of conversation {conversation_id} {state}: {format_score(score.total)}{missing}{flag}"
    )
    return 0


# show ---------------------------------------------------------------------------------------

CRITICAL_EFFECT = {
    "zero_review": "the review scores 0",
    "zero_section": "the section scores 0",
    "flag": "review flagged",
}


def format_score(score: float | None) -> str:
    return "-" if score is None else f"{score:.1f}%"


def format_points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def evidence_json(evidence, turns_by_index: dict) -> dict:
    if evidence.is_turn:
        turn = turns_by_index.get(evidence.turn_index)
        return {"turn": evidence.turn_index, "text": turn.text if turn else None}
    return {"start_ms": evidence.start_ms, "end_ms": evidence.end_ms}


def review_json(review, turns, language: str = "en") -> dict:
    """The stable JSON shape of a review in `review show --json` and `review ID --json`."""
    turns_by_index = {t.index: t for t in turns or ()}
    score = review.score()
    sections = []
    for section in score.sections:
        criteria = []
        for item in section.criteria:
            criterion = item.criterion
            answer = review.answers.get(criterion.id)
            criteria.append(
                {
                    "id": criterion.id,
                    "title": criterion.title.get(language),
                    "scale": criterion.scale.describe(),
                    "answer": item.value,
                    "answer_label": criterion.scale.label(item.value, language)
                    if item.value is not None
                    else None,
                    "points": item.points if item.counted else None,
                    "max_points": item.max_points if item.counted else None,
                    "weight": criterion.weight,
                    "critical": str(criterion.critical) if criterion.critical else None,
                    "critical_failed": item.critical_failed,
                    "comment": answer.comment if answer else "",
                    "evidence": [
                        evidence_json(e, turns_by_index) for e in (answer.evidence if answer else ())
                    ],
                }
            )
        sections.append(
            {
                "id": section.section.id,
                "title": section.section.title.get(language),
                "weight": section.section.weight,
                "score": section.score,
                "zeroed": section.zeroed,
                "criteria": criteria,
            }
        )
    return {
        "id": review.id,
        "conversation_id": review.conversation_id,
        "employee": review.employee,
        "reviewer": review.reviewer,
        "state": str(review.state),
        "created_at": review.created_at,
        "updated_at": review.updated_at,
        "submitted_at": review.submitted_at,
        "rubric": {
            "id": review.rubric.id,
            "version": review.rubric.version,
            "title": review.rubric.title.get(language),
            "hash": review.rubric_hash,
        },
        "total": score.total,
        "zeroed": score.zeroed,
        "flagged": score.flagged,
        "unanswered": list(score.unanswered),
        "sections": sections,
        "history": [
            {
                "at": h.at,
                "who": h.who,
                "action": str(h.action),
                "criterion_id": h.criterion_id,
                "old": h.old,
                "new": h.new,
            }
            for h in review.history
        ],
    }


def _evidence_text(item: dict) -> str:
    from reviewer.cli.common import format_ms

    if "turn" in item:
        text = item["text"]
        if text is None:
            return f"turn {item['turn']} (no longer in the conversation)"
        short = text if len(text) <= 60 else text[:57] + "..."
        return f'turn {item["turn"]} "{short}"'
    return f"{format_ms(item['start_ms'])}-{format_ms(item['end_ms'])}"


def show(args, review_id: int) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.cli.output import echo

    with open_library(args) as library:
        review = library.reviews.get(review_id)
        if review is None:
            fail(f"no review #{review_id}", 1)
        if review.calibration_uid and not _visible(library, [review]):
            fail(f"review #{review_id} belongs to an open calibration session: it is hidden until you"
                 " submit your own review of that conversation", 1)
        turns = library.conversations.turns(review.conversation_id)
    data = review_json(review, turns, args.lang)
    if args.json:
        print_json(data)
        return 0
    echo(
        f"Review #{data['id']} of conversation #{data['conversation_id']} ({data['employee'] or 'no employee'}),"
        f" reviewer {data['reviewer']}, {data['state']}"
        + (
            f" {data['submitted_at']}"
            if data["state"] == "submitted"
            else f", last saved {data['updated_at']}"
        )
    )
    rubric = data["rubric"]
    echo(
        f"Rubric: {rubric['title']} ({rubric['id']} version {rubric['version']}, copy {rubric['hash'][:12]})"
    )
    for section in data["sections"]:
        zeroed = "  (zeroed by a failed critical criterion)" if section["zeroed"] else ""
        echo()
        echo(
            f"{section['title']}: {format_score(section['score'])}  (weight {format_points(section['weight'])}){zeroed}"
        )
        for c in section["criteria"]:
            if c["answer"] is None:
                answer = "not answered"
            elif isinstance(c["answer"], int) and c["answer_label"] != str(c["answer"]):
                answer = f"{c['answer']} ({c['answer_label']})"  # a rating or points, with its label
            else:
                answer = c["answer_label"]
            points = (
                f"{format_points(c['points'])}/{format_points(c['max_points'])}"
                if c["points"] is not None
                else "-"
            )
            critical = f"  CRITICAL, FAILED: {CRITICAL_EFFECT[c['critical']]}" if c["critical_failed"] else ""
            echo(f"  {c['title']}: {answer}  [{points}]{critical}")
            if c["comment"]:
                echo(f"      comment: {c['comment']}")
            if c["evidence"]:
                echo(f"      evidence: {'; '.join(_evidence_text(e) for e in c['evidence'])}")
    echo()
    total = f"Total: {format_score(data['total'])}"
    if data["zeroed"]:
        total += "  (zeroed by a failed critical criterion)"
    elif data["flagged"]:
        total += "  (flagged: a critical criterion failed)"
    if data["unanswered"]:
        total += f"  ({len(data['unanswered'])} criteria unanswered)"
    echo(total)
    if data["history"]:
        echo()
        echo("History:")
        for h in data["history"]:
            what = h["action"] + (f" {h['criterion_id']}" if h["criterion_id"] else "")
            echo(
                f"  {h['at']}  {h['who']}: {what}: {json.dumps(h['old'], ensure_ascii=False)}"
                f" -> {json.dumps(h['new'], ensure_ascii=False)}"
            )
    return 0


# reviews ------------------------------------------------------------------------------------


def review_summary(review) -> dict:
    """The stable JSON shape of a review in `reviews --json`."""
    score = review.score()
    return {
        "id": review.id,
        "conversation_id": review.conversation_id,
        "employee": review.employee,
        "reviewer": review.reviewer,
        "rubric_id": review.rubric.id,
        "rubric_version": review.rubric.version,
        "state": str(review.state),
        "total": score.total,
        "flagged": score.flagged,
        "created_at": review.created_at,
        "submitted_at": review.submitted_at,
    }


def run_reviews(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.domain import ReviewState
    from reviewer.storage.reviews import ReviewFilter

    flt = ReviewFilter(
        employee=args.employee,
        reviewer=args.reviewer,
        conversation_id=args.conversation,
        state=ReviewState(args.state) if args.state else None,
    )
    with open_library(args) as library:
        reviews = [review_summary(r) for r in _visible(library, library.reviews.list(flt))]
    if args.json:
        print_json(reviews)
        return 0
    if not reviews:
        print("no reviews")
        return 0
    from reviewer.cli.output import echo

    for r in reviews:
        when = (r["submitted_at"] or r["created_at"])[:10]
        flag = "  FLAGGED" if r["flagged"] else ""
        echo(
            f"#{r['id']:<5} {when}  conversation #{r['conversation_id']:<5} {r['employee'] or '-':<20}"
            f" {r['reviewer']:<16} {r['rubric_id']} v{r['rubric_version']:<6} {r['state']:<9}"
            f" {format_score(r['total']):>6}{flag}"
        )
    return 0


def _visible(library, reviews: list) -> list:
    """Without the calibration reviews the library's reviewer may not see yet: while a session
    is open, the others' reviews of a conversation stay hidden until one's own is submitted
    (the same rule as the scoring panel's, reviewer.team.calibration)."""
    if not any(r.calibration_uid for r in reviews):
        return reviews
    from reviewer.storage.reviews import ReviewFilter
    from reviewer.storage.settings import Setting
    from reviewer.team.calibration import visible_reviews

    viewer = library.setting(Setting.REVIEWER_NAME)
    keep = set()
    for cid in {r.conversation_id for r in reviews}:
        everyone = library.reviews.list(ReviewFilter(conversation_id=cid))
        keep |= {r.id for r in visible_reviews(library, everyone, viewer)}
    return [r for r in reviews if r.id in keep]

