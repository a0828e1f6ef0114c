using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Domain.Reporting;
using NodaTime;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Deadlines;

/// <summary>Reads Vietnamese deadline phrases; matching is accent- and case-insensitive. The grammar is in <see cref="DeadlinePatterns"/> and docs/deadlines.md.</summary>
internal static class DeadlineParser
{
    private const string Edges = " .;,:-–•+*";

    public static bool TryParse(string? text, int planYear, [NotNullWhen(true)] out Deadline? deadline)
    {
        deadline = null;
        if (string.IsNullOrWhiteSpace(text) || planYear is < 1 or > 9999 || text.Length > 4000)
        {
            return false;
        }

        try
        {
            var parsed = Parse(FoldedText.Of(text), planYear);
            if (parsed is null)
            {
                return false;
            }

            deadline = parsed with { Text = text };
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Deadline? Parse(FoldedText phrase, int planYear) =>
        Single(phrase, planYear) ?? (Deadline?)Labelled(phrase, planYear) ?? Recurring(phrase, planYear);

    /// <summary>A deadline of one part, with its <see cref="Deadline.Text"/> set to the part as written.</summary>
    private static Deadline? Part(FoldedText phrase, int planYear) =>
        Single(phrase, planYear) is { } single ? single with { Text = Clean(phrase).Original } : null;

    private static Deadline? Single(FoldedText phrase, int planYear)
    {
        var folded = Clean(phrase);
        var text = folded.Value;
        if (text.Length == 0)
        {
            return null;
        }

        if (DeadlinePatterns.ByDate().Match(text) is { Success: true } by)
        {
            return ToDate(by, planYear) is { } date ? new ByDateDeadline(date) : null;
        }

        if (DeadlinePatterns.NoLaterThan().Match(text) is { Success: true } latest)
        {
            return ToDate(latest, planYear) is { } date ? new NoLaterThanDeadline(date) : null;
        }

        if (DeadlinePatterns.OnDate().Match(text) is { Success: true } on)
        {
            return ToDate(on, planYear) is { } date ? new OnDateDeadline(date) : null;
        }

        if (DeadlinePatterns.Month().Match(text) is { Success: true } month)
        {
            var year = YearOf(month, planYear);
            return Int(month, "m") is >= 1 and <= 12 and var m && year >= 1 ? new MonthDeadline(new YearMonth(year, m)) : null;
        }

        if (DeadlinePatterns.Quarter().Match(text) is { Success: true } quarter)
        {
            return ValidYear(YearOf(quarter, planYear)) is { } year ? new QuarterDeadline(year, QuarterNumber(quarter.Groups["q"].Value)) : null;
        }

        if (DeadlinePatterns.HalfYear().Match(text) is { Success: true } half)
        {
            return ValidYear(YearOf(half, planYear)) is { } year ? new HalfYearDeadline(year, half.Groups["h"].ValueSpan is "dau" ? 1 : 2) : null;
        }

        if (DeadlinePatterns.NineMonths().Match(text) is { Success: true } nine)
        {
            return ValidYear(YearOf(nine, planYear)) is { } year ? new NineMonthsDeadline(year) : null;
        }

        if (DeadlinePatterns.Year().Match(text) is { Success: true } whole)
        {
            return ValidYear(YearOf(whole, planYear)) is { } year ? new YearDeadline(year) : null;
        }

        return Undated(folded);
    }

    /// <summary>The kinds without a date: ongoing, after an event, as directed, as another document says.</summary>
    private static Deadline? Undated(FoldedText folded)
    {
        var text = folded.Value;
        if (DeadlinePatterns.Ongoing().IsMatch(text))
        {
            return new OngoingDeadline();
        }

        if (DeadlinePatterns.AfterEvent().Match(text) is { Success: true } after)
        {
            var count = Int(after, "n");
            var @event = Original(folded, after.Groups["ev"]);
            return after.Groups["w"].Success ? new WorkingDaysAfterEventDeadline(count, @event) : new DaysAfterEventDeadline(count, @event);
        }

        if (DeadlinePatterns.Directed().Match(text) is { Success: true } directed)
        {
            return new DirectedDeadline(directed.Groups["who"].Success ? Original(folded, directed.Groups["who"]) : null);
        }

        if (DeadlinePatterns.PerDocument().Match(text) is { Success: true } perDocument)
        {
            return new PerDocumentDeadline(Original(folded, perDocument.Groups["doc"]));
        }

        return null;
    }

    /// <summary>"- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)" or "Kế hoạch: Quý I; Báo cáo: Trước 30/11".</summary>
    private static LabelledPartsDeadline? Labelled(FoldedText phrase, int planYear)
    {
        var parts = new List<LabelledPart>();
        if (DeadlinePatterns.ParenthesisedParts().Match(phrase.Value) is { Success: true } match)
        {
            var labels = match.Groups["label"].Captures;
            var inners = match.Groups["inner"].Captures;
            for (var i = 0; i < labels.Count; i++)
            {
                if (LabelledPart(phrase.Slice(labels[i].Index, labels[i].Length), phrase.Slice(inners[i].Index, inners[i].Length), planYear) is not { } part)
                {
                    return null;
                }

                parts.Add(part);
            }

            return new LabelledPartsDeadline([.. parts]);
        }

        var pieces = Clean(phrase).Split(";\n");
        if (pieces.Count < 2)
        {
            return null;
        }

        foreach (var piece in pieces)
        {
            if (DeadlinePatterns.ColonPart().Match(piece.Value) is not { Success: true } colon
                || LabelledPart(piece.Slice(colon.Groups["label"].Index, colon.Groups["label"].Length), piece.Slice(colon.Groups["inner"].Index, colon.Groups["inner"].Length), planYear) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return new LabelledPartsDeadline([.. parts]);
    }

    private static LabelledPart? LabelledPart(FoldedText label, FoldedText inner, int planYear)
    {
        var cleanLabel = Clean(label);
        if (cleanLabel.Value.Length == 0 || Single(cleanLabel, planYear) is not null || Part(inner, planYear) is not { } deadline)
        {
            return null;
        }

        return new LabelledPart(cleanLabel.Original, deadline);
    }

    /// <summary>"Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6; …".</summary>
    private static RecurringReportDeadline? Recurring(FoldedText phrase, int planYear)
    {
        var pieces = Clean(phrase).Split(";");
        if (pieces.Count == 0 || (pieces.Count == 1 && !DeadlinePatterns.ReportWord().IsMatch(pieces[0].Value)))
        {
            return null;
        }

        var parts = new List<RecurringReportPart>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (ReportPart(Clean(piece), planYear) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return new RecurringReportDeadline([.. parts]);
    }

    private static RecurringReportPart? ReportPart(FoldedText piece, int planYear)
    {
        if (DeadlinePatterns.ReportPart().Match(piece.Value) is not { Success: true } match)
        {
            return null;
        }

        var year = YearOf(match, planYear);
        if (!ReportingPeriod.IsSupportedYear(year) || PeriodOf(match, year) is not { } period)
        {
            return null;
        }

        var dueText = piece.Slice(match.Groups["due"].Index, match.Groups["due"].Length);
        var due = Part(dueText, year);
        if (due is not (ByDateDeadline or NoLaterThanDeadline or OnDateDeadline))
        {
            return null;
        }

        // "báo cáo quý IV, trước ngày 15/01": a day without a year before the period starts is in the next year
        // (none after 9999: the part is not understood rather than due before its period).
        if (due.Span is { } span && span.Start < period.Coverage.Start && !DeadlinePatterns.FourDigits().IsMatch(dueText.Value))
        {
            due = year < 9999 ? Part(dueText, year + 1) : null;
        }

        return due is null ? null : RecurringReportPart.For(period, due);
    }

    private static ReportingPeriod? PeriodOf(Match match, int year)
    {
        var p = match.Groups["p"].Value;
        if (match.Groups["q"].Success)
        {
            return ReportingPeriod.Of((ReportingPeriodKind)QuarterNumber(match.Groups["q"].Value), year);
        }

        if (match.Groups["m"].Success)
        {
            return Int(match, "m") is >= 1 and <= 12 and var m ? ReportingPeriod.OfMonth(year, m) : null;
        }

        if (p.StartsWith('6') || p.StartsWith("06", StringComparison.Ordinal) || p.StartsWith("sau", StringComparison.Ordinal) || p.StartsWith("nua", StringComparison.Ordinal))
        {
            return ReportingPeriod.Of(match.Groups["h"].ValueSpan is "cuoi" ? ReportingPeriodKind.SecondSixMonths : ReportingPeriodKind.FirstSixMonths, year);
        }

        return ReportingPeriod.Of(p.EndsWith("nam", StringComparison.Ordinal) && !p.Contains("thang", StringComparison.Ordinal) ? ReportingPeriodKind.Year : ReportingPeriodKind.NineMonths, year);
    }

    /// <summary>Without punctuation at the ends and without an unbalanced or enclosing pair of parentheses.</summary>
    private static FoldedText Clean(FoldedText phrase)
    {
        var text = phrase.Trim(Edges);
        for (var i = 0; i < 4; i++)
        {
            var value = text.Value;
            var open = value.Count(c => c == '(');
            var close = value.Count(c => c == ')');
            if (value.Length > 0 && value[^1] == ')' && close > open)
            {
                text = text.Slice(0, value.Length - 1).Trim(Edges);
            }
            else if (value.Length > 0 && value[0] == '(' && open > close)
            {
                text = text.Slice(1, value.Length - 1).Trim(Edges);
            }
            else if (value.Length >= 2 && value[0] == '(' && value[^1] == ')' && open == 1 && close == 1)
            {
                text = text.Slice(1, value.Length - 2).Trim(Edges);
            }
            else
            {
                break;
            }
        }

        return text;
    }

    private static string Original(FoldedText text, Group group) => text.Slice(group.Index, group.Length).Original.Trim();

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int YearOf(Match match, int planYear) => match.Groups["y"].Success ? Int(match, "y") : planYear;

    private static int? ValidYear(int year) => year is >= 1 and <= 9999 ? year : null;

    private static LocalDate? ToDate(Match match, int planYear)
    {
        var year = YearOf(match, planYear);
        var month = Int(match, "m");
        var day = Int(match, "d");
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static int QuarterNumber(string roman) => roman switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };
}
