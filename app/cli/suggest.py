"""Sub-commands for suggestions: ranked themes, near-duplicate groups, and the review queue."""

from __future__ import annotations

import argparse

from app.cli.commands import (
    QUESTION_HELP,
    _coder_arg,
    _json_arg,
    _project_arg,
    command,
    open_project,
    positive_int,
)
from app.project.outcomes import ProjectError


def _configure_suggest(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    _coder_arg(parser)
    parser.add_argument("--question", help="only " + QUESTION_HELP)
    parser.add_argument("--response", action="append", help="only this answer (repeatable; coded ones too)")
    parser.add_argument("--top", type=positive_int, default=3, help="at most K themes per answer")
    parser.add_argument("--threshold", type=float, help="hide themes scoring below this (default 0.2)")
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="replay the coder's codings and print the reliability table of the scores instead",
    )
    _json_arg(parser)


@command(
    "suggest",
    "Suggest themes, with scores and reasons, for the answers a coder has not coded yet.",
    _configure_suggest,
)
def run_suggest(args: argparse.Namespace):
    if args.calibration:
        return _calibration(args)
    with open_project(args.project) as project:
        question_id = project.question(args.question).id if args.question else None
        rows = project.suggest(
            args.coder,
            question_id=question_id,
            response_ids=args.response,
            top_k=args.top,
            threshold=args.threshold,
        )
        names = {t.id: t.name for t in project.themes()}
        texts = {r.id: r.text for r in project.responses(question_id)}
    for row in rows:
        for suggestion in row["suggestions"]:
            suggestion["theme"] = names[suggestion.pop("theme_id")]
    if args.json:
        return rows
    lines = []
    for row in rows:
        lines.append(f"{row['response_id']}  {texts.get(row['response_id'], '')[:90]!r}")
        for s in row["suggestions"]:
            lines.append(f"    {s['score']:.2f}  {s['theme']}: " + "; ".join(r["text"] for r in s["reasons"]))
    return "\n".join(lines) or "nothing left to suggest for"


def _calibration(args: argparse.Namespace):
    """Print how often suggestions at each score were right for this coder (a reliability table)."""
    with open_project(args.project) as project:
        result = project.suggestion_calibration(args.coder)
    if args.json:
        return result
    source = "fitted on these codings" if result["fitted"] else "defaults (too few codings to refit)"
    lines = [
        f"{result['codings']} codings replayed; calibration {source}: "
        + ", ".join(f"{k} {v:.2f}" for k, v in result["calibration"].items()),
        f"display threshold {result['threshold']:.2f}",
        "score      mean score  right  (answer, theme) pairs",
    ]
    lines += [
        f"{r['from']:.1f}-{r['to']:.1f}    {r['mean_score']:.3f}      {r['observed']:.3f}  {r['pairs']}"
        for r in result["reliability"]
    ]
    return "\n".join(lines)


def _configure_groups(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("--question", help="only " + QUESTION_HELP)
    _json_arg(parser)


@command(
    "groups",
    "Group near-identical answers (no / нет / жоқ / nothing...) so each group is coded at once.",
    _configure_groups,
)
def run_groups(args: argparse.Namespace):
    with open_project(args.project) as project:
        question_id = project.question(args.question).id if args.question else None
        groups = project.duplicate_groups(question_id)
        texts = {r.id: r.text for r in project.responses(question_id)}
    if args.json:
        return [{**g.to_dict(), "texts": [texts[r] for r in g.response_ids]} for g in groups]
    return (
        "\n".join(
            f"{len(g.response_ids):5}  {g.label}: " + " | ".join(texts[r] for r in g.response_ids[:5])
            for g in groups
        )
        or "no groups"
    )


def _configure_queue(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    _coder_arg(parser)
    parser.add_argument("--theme", help="only suggestions of this theme")
    parser.add_argument("--question", help="only " + QUESTION_HELP)
    parser.add_argument(
        "--threshold", type=float, default=0.5, help="queue suggestions scoring at least this"
    )
    parser.add_argument(
        "--accept", action="append", metavar="RESPONSE:THEME", help="accept a queued suggestion"
    )
    parser.add_argument("--accept-all", action="store_true", help="accept every pending suggestion shown")
    parser.add_argument(
        "--reject", action="append", metavar="RESPONSE:THEME", help="reject a queued suggestion"
    )
    _json_arg(parser)


@command(
    "review",
    "Bulk suggestions: fill a coder's review queue, list it, accept or reject, and show rates.",
    _configure_queue,
)
def run_review(args: argparse.Namespace):
    with open_project(args.project) as project:
        theme_id = project.theme(args.theme).id if args.theme else None
        question_id = project.question(args.question).id if args.question else None
        names = {t.id: t.name for t in project.themes()}

        def pairs(values: list[str] | None) -> list[tuple[str, str]]:
            result = []
            for value in values or []:
                response_id, _, theme = value.partition(":")
                result.append((response_id, project.theme(theme).id))
            return result

        if args.accept or args.reject or args.accept_all:
            accepted = pairs(args.accept)
            if args.accept_all:
                accepted += [(q.response_id, q.theme_id) for q in project.review_queue(args.coder, theme_id)]
            if accepted:
                project.accept_suggestions(accepted, args.coder)
            if args.reject:
                project.reject_suggestions(pairs(args.reject), args.coder)
        else:
            project.queue_suggestions(
                args.coder, theme_id=theme_id, question_id=question_id, threshold=args.threshold
            )
        queue = [
            {**q.to_dict(), "theme": names[q.theme_id]} for q in project.review_queue(args.coder, theme_id)
        ]
        stats = project.suggestion_stats(args.coder).to_dict()
    if args.json:
        return {"queue": queue, "stats": stats}
    rate = "n/a" if stats["acceptance_rate"] is None else f"{stats['acceptance_rate']:.0%}"
    lines = [
        f"{len(queue)} suggestions waiting; {stats['from_suggestions']} of {stats['codings']} codings came "
        f"from accepted suggestions; acceptance rate {rate}"
    ]
    lines += [f"  {q['score']:.2f}  {q['response_id']}:{q['theme']}  {q['reason'][:100]}" for q in queue[:50]]
    return "\n".join(lines)


def _configure_embed(parser: argparse.ArgumentParser) -> None:
    _project_arg(parser)
    parser.add_argument("--limit", type=positive_int, help="embed at most N answers this time")
    parser.add_argument("--status", action="store_true", help="only say how many answers have a vector")
    _json_arg(parser)


@command(
    "embed",
    "Embed the answers by meaning once, into the project (needs the semantic extra); suggestions use them.",
    _configure_embed,
)
def run_embed(args: argparse.Namespace):
    import sys

    with open_project(args.project) as project:
        status = project.meaning_status()
        if not status.available:
            raise ProjectError("the semantic extra is not installed: pip install 'thematic[semantic]'")
        if not args.status:
            shown = sys.stderr.isatty() and not args.json

            def progress(_fraction: float, step: str) -> None:
                if shown:
                    print(f"\r{step}", end="", file=sys.stderr, flush=True)

            outcome = project.embed_answers(progress, limit=args.limit)
            if shown:
                print(file=sys.stderr)
            status = project.meaning_status()
    result = {
        "model": status.model,
        "embedded_now": 0 if args.status else outcome.embedded,
        "with_vector": status.embedded,
        "answers": status.total,
    }
    if args.json:
        return result
    now = "" if args.status else f"embedded {outcome.embedded} answers; "
    return f"{now}{status.embedded} of {status.total} answers have a vector ({status.model})"
