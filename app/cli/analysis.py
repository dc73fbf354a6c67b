"""Sub-commands for agreement, disagreements and consensus."""

from __future__ import annotations

import argparse

from app.cli.commands import QUESTION_HELP, UsageError, _json_arg, command, non_negative_int, open_project


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
        "--bootstrap", type=non_negative_int, default=1000, help="bootstrap draws for CIs (0 = none)"
    )
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
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
        report = project.agreement(coders, question_id, bootstrap=args.bootstrap, seed=args.seed)
        names = {t.id: t.name for t in project.themes()}
    data = report.to_dict()
    for theme in data["themes"]:
        theme["theme"] = names.get(theme["theme_id"], theme["theme_id"])
    data["overall"]["theme"] = "all themes (pooled)"
    return data if args.json else format_project_agreement(data)


def _fmt(value: float | None) -> str:
    """Format a statistic, or a dash where it is undefined."""
    return "   -  " if value is None else f"{value:6.3f}"


def format_project_agreement(data: dict) -> str:
    """Render a project agreement report as a terminal table, one line per theme."""
    coders = data["coders"]
    lines = [
        f"Coders: {', '.join(coders)}   answers decided by all: {data['units']}"
        f"   (left out, not decided by all: {data['excluded_units']})",
        "",
        f"{'theme':<28}{'n':>6} "
        + "".join(f"{c[:8]:>9}" for c in coders)
        + f"{'%agree':>8}{'kappa':>8}{'alpha':>8}  {'alpha 95% CI':<16} interpretation",
    ]
    for row in [*data["themes"], data["overall"]]:
        stats, ci = row["statistics"], row["ci"]
        kappa = stats.get("cohen_kappa", stats.get("fleiss_kappa"))
        interval = (
            f"[{ci['krippendorff_alpha'][0]:.2f}, {ci['krippendorff_alpha'][1]:.2f}]"
            if "krippendorff_alpha" in ci
            else ""
        )
        label = row["interpretation"].get("labels", {}).get("krippendorff_alpha", "")
        lines.append(
            f"{row['theme'][:27]:<28}{row['units']:>6} "
            + "".join(f"{row['present'].get(c, 0):>9}" for c in coders)
            + f"  {_fmt(stats.get('percent_agreement'))}{_fmt(kappa)}  {_fmt(stats.get('krippendorff_alpha'))}"
            + f"  {interval:<16} {label}"
        )
    masi = data["overall"]["statistics"].get("krippendorff_alpha_masi")
    lines += ["", f"Krippendorff's alpha with MASI distance over whole theme sets: {_fmt(masi).strip()}"]
    for row in [*data["themes"], data["overall"]]:
        for warning in row["interpretation"].get("warnings", []):
            lines.append(f"Warning ({row['theme']}): {warning}")
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
