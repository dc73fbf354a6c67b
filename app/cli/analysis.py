"""Sub-commands for agreement, disagreements and consensus."""

from __future__ import annotations

import argparse
import sys

from app.cli.commands import QUESTION_HELP, UsageError, _json_arg, command, non_negative_int, open_project
from app.cli.text_table import elide, statistic, table_lines

LEVELS_OF_THEMES = ("top", "leaf", "all")  # app.core.agreement_levels, not imported at start-up
THEME_WIDTH = 40  # longer theme names end in '…' in the per-theme table


def _configure_agreement(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "project", metavar="PROJECT", nargs="?", help="a .thematic file or a postgresql:// URL"
    )
    parser.add_argument(
        "--codings", metavar="FILE.csv", help="standalone: a CSV with header unit,coder,label"
    )
    parser.add_argument("--coders", help="compare these coders (comma-separated; default: all but consensus)")
    parser.add_argument("--question", help="only " + QUESTION_HELP)
    parser.add_argument(
        "--bootstrap",
        type=non_negative_int,
        default=1000,
        help="bootstrap draws for CIs (0 = none, at most 20,000)",
    )
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    parser.add_argument(
        "--level-of-themes",
        choices=LEVELS_OF_THEMES,
        default="all",
        help="compare top-level themes (sub-themes rolled up), leaves only, or every theme (default)",
    )
    parser.add_argument(
        "--confusions",
        action="store_true",
        help="codebook diagnosis: theme-pair confusions, weak themes with examples, agreement per block",
    )
    parser.add_argument(
        "--block", type=int, help="answers per block for --confusions (default: about 10 blocks)"
    )
    parser.add_argument("--level", choices=["nominal", "ordinal", "interval", "ratio"], default="nominal")
    parser.add_argument("--categories", help="the category set and order, comma-separated")
    parser.add_argument("--weights", choices=["linear", "quadratic"], help="Cohen's weighted kappa weights")
    _json_arg(parser)


@command(
    "agreement",
    "Inter-coder agreement per theme and overall, or for a standalone codings CSV.",
    _configure_agreement,
)
def run_agreement(args: argparse.Namespace):
    from app.core.agreement_bootstrap import capped_draws

    args.bootstrap, note = capped_draws(args.bootstrap)
    if note:
        print(note, file=sys.stderr)
    if args.codings:
        if args.project:
            raise UsageError("give either PROJECT or --codings FILE.csv, not both")
        from app.core.agreement_csv import agreement_from_codings_csv, format_agreement_table

        categories = [c.strip() for c in args.categories.split(",")] if args.categories else None
        result = agreement_from_codings_csv(
            args.codings,
            level=args.level,
            categories=categories,
            weights=args.weights,
            bootstrap=args.bootstrap,
            seed=args.seed,
        )
        return result if args.json else format_agreement_table(result)
    if not args.project:
        raise UsageError("give a PROJECT or --codings FILE.csv")
    with open_project(args.project) as project:
        question_id = project.question(args.question).id if args.question else None
        coders = [c.strip() for c in args.coders.split(",")] if args.coders else None
        if args.confusions:
            found = project.agreement_diagnosis(coders, question_id, args.level_of_themes, args.block)
            return found if args.json else format_diagnosis(found)
        study = project.agreement_study(
            coders, question_id, args.level_of_themes, bootstrap=args.bootstrap, seed=args.seed
        )
        names = {t.id: t.name for t in project.themes()}
    data = named_study(study.to_dict(), names)
    return data if args.json else format_project_agreement(data)


def named_study(data: dict, names: dict[str, str]) -> dict:
    """Add theme names to a study's JSON (themes, categories of the categorical part)."""
    for theme in data["themes"]:
        theme["theme"] = names.get(theme["theme_id"], theme["theme_id"])
    data["overall"]["theme"] = "all themes (pooled)"
    categorical = data.get("categorical")
    if categorical:
        named = [" + ".join(names.get(p, p) for p in c.split(" + ")) for c in categorical["categories"]]
        categorical["category_names"] = named
        for matrix in categorical["confusion"]:
            matrix["category_names"] = named
    return data


def _fmt(value: float | None) -> str:
    """Format a statistic, or a dash where it is undefined."""
    return "   -  " if value is None else f"{value:6.3f}"


def format_project_agreement(data: dict) -> str:
    """Render a project agreement study as terminal tables: coders, unit, level, pairs, per theme."""
    from app.core.report_agreement import pooled_note

    coders = data["coders"]
    lines = [
        f"Coders compared: {', '.join(coders)}   level of themes: {data['level_of_themes']} "
        f"({data['level_words']})",
        f"Answers decided by two or more of them: {data['units']:,}"
        f"   (decided by one only, left out: {data['excluded_units']:,})",
        "Answers decided: " + ", ".join(f"{c} {n:,}" for c, n in data["decided"].items()),
    ]
    if data["apart"]:
        lines.append(f"Shown apart (far fewer answers): {', '.join(data['apart'])}")
    categorical = data.get("categorical")
    if categorical:
        lines += [
            "",
            f"Categorical agreement (single-choice: {data['single_choice']}); unit: the answer, "
            f"n = {categorical['units']:,}; coders: {', '.join(categorical['coders'])}",
        ]
        labels = categorical["interpretation"].get("labels", {})
        for name, value in categorical["statistics"].items():
            ci = categorical["ci"].get(name)
            interval = f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""
            note = labels.get(name, "") if value is not None else categorical["undefined"].get(name, "")
            lines.append(f"  {name:<22}{_fmt(value)}  {interval:<17} {note}")
        for matrix in categorical["confusion"]:
            lines += [
                "",
                f"Confusion matrix: rows {matrix['coders'][0]}, columns {matrix['coders'][1]} "
                f"(n = {matrix['n']:,})",
            ]
            lines += _confusion_lines(matrix["category_names"], matrix["counts"])
    lines += ["", "Pairs of coders (each on the answers both decided):"]
    for pair in data["pairs"]:
        stats = pair["statistics"]
        lines.append(
            f"  {pair['coders'][0]} – {pair['coders'][1]}: {_pair_n(pair, len(data['themes']))}, "
            f"%agree {_fmt(stats['percent_agreement']).strip()}, kappa {_fmt(stats['cohen_kappa']).strip()}, "
            f"alpha {_fmt(stats['krippendorff_alpha']).strip()} {pair['labels'].get('krippendorff_alpha', '')}"
        )
    lines += [
        "",
        f"Per theme (present/absent per answer; coders {', '.join(coders)}; "
        "n = answers, and answer × theme decisions in the pooled row):",
    ]
    lines += _theme_table(data)
    unused = [t["theme"] for t in data["themes"] if t["theme_id"] in data["unused_themes"]]
    note = pooled_note(len(data["themes"]), unused, data["units"])
    lines += [note] if note else []
    masi = data["overall"]["statistics"].get("krippendorff_alpha_masi")
    lines += ["", f"Krippendorff's alpha with MASI distance over whole theme sets: {_fmt(masi).strip()}"]
    for warning in data["warnings"]:
        lines.append(f"Warning: {warning}")
    for row in [*data["themes"], data["overall"]]:
        for warning in row["interpretation"].get("warnings", []):
            lines.append(f"Warning ({row['theme']}): {warning}")
    return "\n".join(lines)


def _pair_n(pair: dict, themes: int) -> str:
    """How many decisions a pair's statistics count, in units that say what was compared."""
    answers = f"{pair['units']:,} answer" + ("" if pair["units"] == 1 else "s")
    if pair["unit"] == "answer":
        return f"n = {answers}"
    decisions = pair["units"] * themes
    return f"n = {decisions:,} answer × theme decisions ({answers} × {themes:,} theme{'' if themes == 1 else 's'})"


def _theme_table(data: dict) -> list[str]:
    """The per-theme table: names as wide as the longest (elided past THEME_WIDTH), numbers right-aligned."""
    coders = data["coders"]
    header = ["theme", "n", *(elide(c, 16) for c in coders), "%agree", "kappa", "alpha", "alpha 95% CI"]
    rows = []
    for row in [*data["themes"], data["overall"]]:
        stats, ci = row["statistics"], row["ci"]
        kappa = stats.get("cohen_kappa") if len(coders) == 2 else stats.get("fleiss_kappa")
        interval = ci.get("krippendorff_alpha")
        rows.append(
            [
                elide(row["theme"], THEME_WIDTH),
                f"{row['units']:,}",
                *(f"{row['present'].get(c, 0):,}" for c in coders),
                statistic(stats.get("percent_agreement")),
                statistic(kappa),
                statistic(stats.get("krippendorff_alpha")),
                f"[{interval[0]:.2f}, {interval[1]:.2f}]" if interval else "",
                row["interpretation"].get("labels", {}).get("krippendorff_alpha", "")
                or ("used by no coder" if row.get("theme_id") in data["unused_themes"] else ""),
            ]
        )
    return table_lines([*header, "interpretation"], rows, [False, *[True] * (len(header) - 1), False])


def format_diagnosis(data: dict) -> str:
    """Render the codebook diagnosis: top confusions, weak themes with examples, agreement per block."""
    lines = [
        f"Codebook diagnosis; coders {', '.join(data['coders'])}; level of themes {data['level_of_themes']}",
        "",
    ]
    lines.append("Most frequent confusions (one coder gave THEME where another gave PARTNER):")
    for c in data["confusions"][:15]:
        lines.append(f"  {c['count']:>5}  {c['theme']}  ->  {c['partner']}")
    if not data["confusions"]:
        lines.append("  none: the coders agree on every answer")
    lines += ["", "Themes with low agreement (alpha < .667) and their most confused partners:"]
    for weak in data["weak_themes"]:
        lines.append(f"  {weak['theme']} (alpha {_fmt(weak['alpha']).strip()})")
        for p in weak["partners"]:
            lines.append(f"     {p['count']:>4} x {p['partner']}")
            lines += [f"          e.g. {e['text'][:90]!r}" for e in p["examples"]]
    if not data["weak_themes"]:
        lines.append("  none")
    lines += ["", f"Agreement per block of {data['block_size']} answers in coding order:"]
    for b in data["blocks"]:
        lines.append(
            f"  answers {b['first']:>5}-{b['last']:<5} n = {b['units']:<5} exact {_fmt(b['exact']).strip():>6}"
            f"  alpha {_fmt(b['alpha']).strip()}"
        )
    return "\n".join(lines)


def _configure_disagreements(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--coders", help="compare these coders (comma-separated)")
    parser.add_argument("--question", help="only " + QUESTION_HELP)
    parser.add_argument("--theme", help="only disagreements on this theme")
    _json_arg(parser)


@command(
    "disagreements", "List answers where coders differ, with the consensus so far.", _configure_disagreements
)
def run_disagreements(args: argparse.Namespace):
    with open_project(args.project) as project:
        question_id = project.question(args.question).id if args.question else None
        theme_id = project.theme(args.theme).id if args.theme else None
        coders = [c.strip() for c in args.coders.split(",")] if args.coders else None
        rows = project.disagreements(coders, question_id, theme_id)
        names = {t.id: t.name for t in project.themes()}
        texts = {r.id: r.text for r in project.responses(question_id)}
    for row in rows:
        row["text"] = texts.get(row["response_id"], "")
        row["themes"] = {c: [names[t] for t in ts] for c, ts in row["themes"].items()}
        if row["consensus"] is not None:
            row["consensus"] = [names[t] for t in row["consensus"]]
    if args.json:
        return rows
    settled = sum(r["consensus"] is not None for r in rows)
    lines = [f"{settled} of {len(rows)} disagreements settled"]
    for row in rows:
        lines.append(f"\n{row['response_id']}  {row['text'][:100]!r}")
        lines += [f"   {c}: {', '.join(ts) or '(no theme)'}" for c, ts in row["themes"].items()]
        if row["consensus"] is not None:
            lines.append(f"   consensus: {', '.join(row['consensus']) or '(no theme)'}")
    return "\n".join(lines)


def _configure_settle(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--response", required=True, help="the answer's id")
    parser.add_argument("--coder", required=True, help="who decides (logged with the decision)")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--adopt", metavar="CODER|union|intersection", help="take one coder's themes, or combine"
    )
    how.add_argument("--themes", help="a custom set: theme names, comma-separated ('' for no theme)")


@command("settle", "Settle one disagreement into the consensus coding.", _configure_settle)
def run_settle(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        if args.adopt:
            changes = project.adopt(args.response, args.adopt, args.coder)
        else:
            names = [n.strip() for n in args.themes.split(",") if n.strip()]
            changes = project.settle(args.response, [project.theme(n).id for n in names], args.coder)
        done, total = project.consensus_progress()
    return f"{changes.label}; {done} of {total} disagreements settled"


def _configure_single_choice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument(
        "state", choices=["on", "off", "show"], help="mark single-choice, multiple-choice, or show"
    )
    parser.add_argument("--question", help="only " + QUESTION_HELP + " (default: the whole codebook)")
    parser.add_argument("--coder", help="who makes the change (logged, undoable by them)")


@command(
    "single-choice",
    "Mark the codebook or one question single-choice: one theme per answer, categorical agreement.",
    _configure_single_choice,
)
def run_single_choice(args: argparse.Namespace) -> str:
    with open_project(args.project) as project:
        question_id = project.question(args.question).id if args.question else None
        if args.state != "show":
            project.set_single_choice(args.state == "on", question_id, coder=args.coder)
        lines = [f"codebook: {'single-choice' if project.codebook_single_choice() else 'multiple-choice'}"]
        lines += [
            f"question {q.key}: {'single-choice' if project.is_single_choice(q.id) else 'multiple-choice'}"
            for q in project.questions()
        ]
    return "\n".join(lines)


def _confusion_lines(names: list[str], counts: list[list[int]]) -> list[str]:
    """Lay out a confusion matrix: rows carry the full theme names, numbered; columns use the numbers."""
    labels = [f"{i}. {name}" for i, name in enumerate(names, 1)]
    left = max(map(len, labels), default=0) + 2
    width = max([len(str(len(names))), *(len(str(x)) for row in counts for x in row)]) + 2
    lines = [f"  {'':<{left}}" + "".join(f"{i:>{width}}" for i in range(1, len(names) + 1))]
    lines += [
        f"  {label:<{left}}" + "".join(f"{x:>{width}}" for x in row) for label, row in zip(labels, counts)
    ]
    return lines
