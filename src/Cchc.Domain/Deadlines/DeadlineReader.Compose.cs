using Cchc.Domain.Calendar;
using Cchc.Domain.Reporting;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>A time (a day, a period, a list or span, a recurrence), labelled parts and recurring reports.</summary>
internal sealed partial class DeadlineReader
{
    /// <summary>A time, after an optional "định kỳ" and frequency and a relation word.</summary>
    private Deadline? Time(ref int p)
    {
        Eat(ref p, "dinh", "ky");
        RecurrenceFrequency? freq = Frequency(ref p, out var f) ? f : null;
        if (freq is not null)
        {
            _ = EatP(ref p, ',') || EatP(ref p, ':');
        }

        // "đến ngày 14 của tháng cuối quý" (no "hết", no "chậm nhất"): the close of a data window, not a due day.
        var cutOff = W(p, "den") && !W(p + 1, "het");
        var rel = Relation(ref p);
        var q = p;
        if (Day(ref q, out var day) && !(cutOff && day.Anchor != Anchor.None))
        {
            var r = q;
            if (freq is null && Frequency(ref r, out var after))
            {
                freq = after;
                q = r;
            }

            if (DayDeadline(day, rel, freq) is { } dated)
            {
                p = q;
                return dated;
            }
        }

        q = p;
        if (Eat(ref q, "tu") && Day(ref q, out var from) && from.Month > 0)
        {
            EatP(ref q, ',');
            if ((Eat(ref q, "den") || EatP(ref q, '-')) && Day(ref q, out var to) && to.Month > 0 && DaySpan(from, to) is { } span)
            {
                p = q;
                return span;
            }
        }

        q = p;
        if (Periods(ref q, rel, freq) is { } periods)
        {
            p = q;
            return periods;
        }

        return freq is { } every && rel == Rel.None ? Recurring(every, rel, 0, Anchor.None, null) : null;
    }

    /// <summary>"hằng năm", "hàng quý", "mỗi tháng", "định kỳ hằng tháng", "6 tháng/lần", "06 tháng một lần".</summary>
    private bool Frequency(ref int p, out RecurrenceFrequency freq)
    {
        freq = default;
        var q = p;
        Eat(ref q, "dinh", "ky");
        if (Eat(ref q, "hang") || Eat(ref q, "moi"))
        {
            if (Eat(ref q, "nam"))
            {
                freq = RecurrenceFrequency.Year;
            }
            else if (Eat(ref q, "quy"))
            {
                freq = RecurrenceFrequency.Quarter;
            }
            else if (Eat(ref q, "thang"))
            {
                freq = RecurrenceFrequency.Month;
            }
            else if (((IsNum(q, 2) && Value(q) == 6) || W(q, "sau")) && W(q + 1, "thang"))
            {
                freq = RecurrenceFrequency.HalfYear;
                q += 2;
            }
            else
            {
                return false;
            }
        }
        else if (IsNum(q, 2) && W(q + 1, "thang") && (P(q + 2, '/') || W(q + 2, "mot") || W(q + 2, "moi")) && W(q + 3, "lan"))
        {
            RecurrenceFrequency? every = Value(q) switch
            {
                1 => RecurrenceFrequency.Month,
                3 => RecurrenceFrequency.Quarter,
                6 => RecurrenceFrequency.HalfYear,
                12 => RecurrenceFrequency.Year,
                _ => null,
            };
            if (every is null)
            {
                return false;
            }

            freq = every.Value;
            q += 4;
        }
        else
        {
            return false;
        }

        p = q;
        return true;
    }

    /// <summary>A day: one date, or a due day in each period of the plan year when it recurs or is relative to a period.</summary>
    private Deadline? DayDeadline(DayRef day, Rel rel, RecurrenceFrequency? freq)
    {
        if (freq is null && day.Anchor == Anchor.None)
        {
            return day.Month > 0 && ConcreteDate(day) is { } date ? ByRelation(rel, date, recurring: false) : null;
        }

        var every = freq ?? day.Of;
        if (every is null || (day.Of is { } of && day.Anchor != Anchor.None && of != every))
        {
            return null;
        }

        if (day.Month > 0)
        {
            return every == RecurrenceFrequency.Year && ConcreteDate(day) is { } yearly
                ? new RecurringDeadline(RecurrenceFrequency.Year, [ByRelation(rel, yearly, recurring: true)])
                : null;
        }

        return every != RecurrenceFrequency.Month && day.Anchor == Anchor.None ? null : Recurring(every.Value, rel, day.Day, day.Anchor, null);
    }

    /// <summary>One occurrence per period of the plan year: the period itself, or <paramref name="dayOfMonth"/> of its anchored month.</summary>
    private RecurringDeadline? Recurring(RecurrenceFrequency every, Rel rel, int dayOfMonth, Anchor anchor, PeriodRef? only)
    {
        var months = every switch
        {
            RecurrenceFrequency.Month => 1,
            RecurrenceFrequency.Quarter => 3,
            RecurrenceFrequency.HalfYear => 6,
            _ => 12,
        };
        var occurrences = new Deadline[12 / months];
        for (var i = 0; i < occurrences.Length; i++)
        {
            var first = (i * months) + 1;
            var last = first + months - 1;
            if (dayOfMonth == 0)
            {
                occurrences[i] = every switch
                {
                    RecurrenceFrequency.Month => new MonthDeadline(new YearMonth(_planYear, first)),
                    RecurrenceFrequency.Quarter => new QuarterDeadline(_planYear, i + 1),
                    RecurrenceFrequency.HalfYear => new HalfYearDeadline(_planYear, i + 1),
                    _ => only is { } one ? ToDeadline(one, _planYear) : new YearDeadline(_planYear),
                };
                continue;
            }

            // "tháng đầu quý sau": the first month of each period of the plan year, the due month of the period before
            // (January's is the previous year's last report): the due dates that fall in the plan year.
            var month = new YearMonth(_planYear, anchor is Anchor.FirstMonth or Anchor.NextFirstMonth ? first : last);
            var date = month.OnDayOfMonth(Math.Min(dayOfMonth, CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month)));
            if (dayOfMonth is < 1 or > 31)
            {
                return null;
            }

            occurrences[i] = ByRelation(rel, date, recurring: true);
        }

        return new RecurringDeadline(every, [.. occurrences]);
    }

    /// <summary>"từ ngày 01/6 đến ngày 30/6/2024": the start takes the end's year, or the year before when it would come after it.</summary>
    private PeriodRangeDeadline? DaySpan(DayRef from, DayRef to)
    {
        var endYear = to.Year > 0 ? to.Year : _planYear + to.YearShift;
        if (!ValidDate(endYear, to.Month, to.Day, to.At))
        {
            return null;
        }

        var end = new LocalDate(endYear, to.Month, to.Day);
        var startYear = from.Year > 0 ? from.Year : endYear + from.YearShift;
        if (from.Year == 0 && from.YearShift == 0 && (from.Month > to.Month || (from.Month == to.Month && from.Day > to.Day)))
        {
            startYear--;
        }

        if (!ValidDate(startYear, from.Month, from.Day, from.At))
        {
            return null;
        }

        var start = new LocalDate(startYear, from.Month, from.Day);
        return start <= end ? new PeriodRangeDeadline(new DateInterval(start, end)) : null;
    }

    /// <summary>A period; a list ("tháng 8 và tháng 9", "Quý I, II năm 2024"); a span ("từ tháng 3 đến tháng 5/2024", "giai đoạn 2021–2025").</summary>
    private Deadline? Periods(ref int p, Rel rel, RecurrenceFrequency? freq)
    {
        var q = p;
        var span = Eat(ref q, "tu") || Eat(ref q, "giai", "doan") || Eat(ref q, "thoi", "ky");
        Eat(ref q, "cac");
        if (!Period(ref q, out var first))
        {
            return null;
        }

        var r = q;
        if (RangeEnd(ref r, first, out var range))
        {
            if (range is null || freq is not null || rel == Rel.Before)
            {
                return null;
            }

            p = r;
            return range;
        }

        if (span && first.Kind != PeriodKind.Year)
        {
            return null;
        }

        if (List(ref q, first) is { } items)
        {
            if (rel == Rel.Before || freq is not null)
            {
                return null;
            }

            var periods = new WithinPeriodDeadline[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                periods[i] = ToDeadline(items[i], YearFor(items, i));
            }

            p = q;
            return new SeveralPeriodsDeadline([.. periods]);
        }

        var year = first.Year > 0 ? first.Year : _planYear;
        r = q;
        if (first.Kind == PeriodKind.Year && first.Year > 0 && Eat(ref r, "va") && Eat(ref r, "cac", "nam")
            && (Eat(ref r, "tiep", "theo") || Eat(ref r, "sau") || Eat(ref r, "ke", "tiep")))
        {
            p = r;
            return new RecurringDeadline(RecurrenceFrequency.Year, [new YearDeadline(Math.Max(year, _planYear))]);
        }

        if (span)
        {
            return null;
        }

        return Single(ref p, q, first, year, rel, freq);
    }

    /// <summary>One period, with "hằng năm" after it ("Quý IV hằng năm"), or "trước" before it ("trước tháng 7/2024": by the end of June).</summary>
    private Deadline? Single(ref int p, int q, PeriodRef first, int year, Rel rel, RecurrenceFrequency? freq)
    {
        var r = q;
        if (freq is null && Frequency(ref r, out var suffix))
        {
            freq = suffix;
            q = r;
        }

        p = q;
        if (freq is { } every)
        {
            return every == RecurrenceFrequency.Year && first.Year == 0 && rel != Rel.Before ? Recurring(every, rel, 0, Anchor.None, first) : null;
        }

        if (rel == Rel.Before)
        {
            return PeriodInterval(first, year) is { } before && before.Start > new LocalDate(1, 1, 1) ? new NoLaterThanDeadline(before.Start.PlusDays(-1)) : null;
        }

        return ToDeadline(first, year);
    }

    /// <summary>"- tháng 5/2024", "đến quý IV", "–2025" after <paramref name="first"/>: whether a span follows, and its deadline (null when the span is impossible).</summary>
    private bool RangeEnd(ref int r, PeriodRef first, out PeriodRangeDeadline? range)
    {
        range = null;
        if (!(EatP(ref r, '-') || Eat(ref r, "den") || Eat(ref r, "toi")) || !(Period(ref r, out var second) || BareItem(ref r, first.Kind, out second)))
        {
            return false;
        }

        var endYear = second.Year > 0 ? second.Year : first.Year > 0 && second.Kind != PeriodKind.Year ? first.Year : _planYear;
        var startYear = first.Year > 0 ? first.Year : first.Kind == PeriodKind.Year ? _planYear : endYear;
        if (PeriodInterval(first, startYear) is not { } a || PeriodInterval(second, endYear) is not { } b)
        {
            return true;
        }

        if (a.Start > b.End && first.Year == 0 && startYear > 1 && PeriodInterval(first, startYear - 1) is { } earlier)
        {
            a = earlier;
        }

        range = a.Start <= b.End ? new PeriodRangeDeadline(new DateInterval(a.Start, b.End)) : null;
        return true;
    }

    /// <summary>The further items of a list after <paramref name="first"/> (", 9/2024", " và tháng 9", ", II"); null when there are none.</summary>
    private List<PeriodRef>? List(ref int q, PeriodRef first)
    {
        List<PeriodRef>? items = null;
        while (true)
        {
            var r = q;
            var separated = EatP(ref r, ',') | EatP(ref r, '&');
            separated |= Eat(ref r, "va");
            if (!separated || !(Period(ref r, out var next) || BareItem(ref r, first.Kind, out next)))
            {
                return items;
            }

            (items ??= [first]).Add(next);
            q = r;
        }
    }

    /// <summary>An item without a year takes the year of the nearest later item with one, else of the nearest earlier one, else the plan year.</summary>
    private int YearFor(List<PeriodRef> items, int index)
    {
        if (items[index].Year > 0)
        {
            return items[index].Year;
        }

        for (var i = index + 1; i < items.Count; i++)
        {
            if (items[i].Year > 0)
            {
                return items[i].Year;
            }
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (items[i].Year > 0)
            {
                return items[i].Year;
            }
        }

        return _planYear;
    }

    // ---- composites ----------------------------------------------------------------------------------------

    private (int From, int To) Trimmed(int from, int to)
    {
        from = SkipLeading(from, to);
        return (from, TrimTrailing(from, to));
    }

#pragma warning disable MA0051 // One grammar rule, read top to bottom: each branch is one way of writing the part.
    /// <summary>"- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)" or "Kế hoạch: Quý I; Báo cáo: Trước 30/11" (or one part per line).</summary>
    private LabelledPartsDeadline? Labelled(int from, int to)
    {
        _end = to;
        var parts = new List<LabelledPart>();
        var p = from;
        var parenthesised = true;
        while (true)
        {
            while (p < to && _t[p].Kind == TokenKind.Punct && _t[p].Char is '-' or '+' or '*' or '•' or ';' or ',' or '.')
            {
                p++;
            }

            if (p >= to)
            {
                break;
            }

            var open = p;
            while (open < to && !(_t[open].Kind == TokenKind.Punct && _t[open].Char is '(' or ')' or ';' or ':'))
            {
                open++;
            }

            var close = open + 1;
            while (close < to && !(_t[close].Kind == TokenKind.Punct && _t[close].Char is '(' or ')'))
            {
                close++;
            }

            if (open == p || open >= to || _t[open].Char != '(' || close >= to || _t[close].Char != ')' || Part(p, open, open + 1, close) is not { } part)
            {
                parenthesised = false;
                break;
            }

            parts.Add(part);
            p = close + 1;
        }

        if (parenthesised && parts.Count > 0)
        {
            return new LabelledPartsDeadline([.. parts]);
        }

        parts.Clear();
        var pieces = Pieces(from, to);
        if (pieces.Count < 2)
        {
            return null;
        }

        foreach (var (a, b) in pieces)
        {
            var colon = a;
            while (colon < b && !(_t[colon].Kind == TokenKind.Punct && _t[colon].Char == ':'))
            {
                colon++;
            }

            if (colon >= b || Part(a, colon, colon + 1, b) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return new LabelledPartsDeadline([.. parts]);
    }
#pragma warning restore MA0051

    private LabelledPart? Part(int labelFrom, int labelTo, int innerFrom, int innerTo)
    {
        var (a, b) = Trimmed(labelFrom, labelTo);
        var (c, d) = Trimmed(innerFrom, innerTo);
        if (a >= b || c >= d || !HasContent(a, b) || Single(a, b) is not null || Single(c, d) is not { } deadline)
        {
            return null;
        }

        deadline.SetText(Original(c, d));
        return new LabelledPart(Original(a, b), deadline);
    }

    /// <summary>The pieces separated by ';' or a line break, trimmed, empty ones dropped.</summary>
    private List<(int From, int To)> Pieces(int from, int to)
    {
        var pieces = new List<(int, int)>();
        var start = from;
        for (var i = from; i <= to; i++)
        {
            if (i == to || (_t[i].Kind == TokenKind.Punct && _t[i].Char == ';') || (i > start && _t[i].AfterNewline))
            {
                var (a, b) = Trimmed(start, i);
                if (a < b && HasContent(a, b))
                {
                    pieces.Add((a, b));
                }

                start = i < to && _t[i].Kind == TokenKind.Punct && _t[i].Char == ';' ? i + 1 : i;
            }
        }

        return pieces;
    }

    /// <summary>Whether the phrase opens as a report of a period ("Báo cáo quý I, …", "Báo cáo năm gửi …").</summary>
    private bool StartsAsReport(int from, int to)
    {
        _end = to;
        var p = from;
        if (!Eat(ref p, "bao", "cao") && !Eat(ref p, "ket", "qua"))
        {
            return false;
        }

        Eat(ref p, "dinh", "ky");
        return Period(ref p, out _) && p < to;
    }

    /// <summary>"Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6; …", "báo cáo năm gửi trước ngày 15 tháng 01 năm sau".</summary>
    private RecurringReportDeadline? Reports(int from, int to)
    {
        _end = to;
        var pieces = Pieces(from, to);
        if (pieces.Count == 0 || (pieces.Count == 1 && !StartsAsReport(pieces[0].From, pieces[0].To)))
        {
            return null;
        }

        var parts = new RecurringReportPart[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            if (ReportPart(pieces[i].From, pieces[i].To) is not { } part)
            {
                return null;
            }

            parts[i] = part;
        }

        return new RecurringReportDeadline([.. parts]);
    }

#pragma warning disable MA0051 // One grammar rule, read top to bottom: each branch is one way of writing the part.
    private RecurringReportPart? ReportPart(int from, int to)
    {
        _end = to;
        var p = from;
        while (Eat(ref p, "bao", "cao") || Eat(ref p, "ket", "qua") || Eat(ref p, "dinh", "ky") || Eat(ref p, "ky"))
        {
        }

        if (!Period(ref p, out var period) || (period.Kind == PeriodKind.Year && period.Year == 0 && W(p - 1, "nam") is false))
        {
            return null;
        }

        var year = period.Year > 0 ? period.Year : _planYear;
        if (!CalendarYears.IsReportingYear(year))
        {
            Mark(ref _yearOutAt, p - 1);
            return null;
        }

        var reporting = period.Kind switch
        {
            PeriodKind.Month => ReportingPeriod.OfMonth(year, period.N),
            PeriodKind.Quarter => ReportingPeriod.Of((ReportingPeriodKind)period.N, year),
            PeriodKind.Half => ReportingPeriod.Of(period.N == 1 ? ReportingPeriodKind.FirstSixMonths : ReportingPeriodKind.SecondSixMonths, year),
            PeriodKind.Nine => ReportingPeriod.Of(ReportingPeriodKind.NineMonths, year),
            _ => ReportingPeriod.Of(ReportingPeriodKind.Year, year),
        };
        while (p < to && IsFiller(p))
        {
            p++;
        }

        var starts = 0;
        for (var q = p; q < to && starts < MaxStarts; q++)
        {
            if (q > p && !(IsTimeStart(q) && LeadIn(p, q)))
            {
                continue;
            }

            starts++;
            var r = q;
            var rel = Relation(ref r);
            if (Day(ref r, out var day) && r == to && DueOf(reporting, day) is { } due)
            {
                var deadline = ByRelation(rel, due, recurring: false);
                deadline.SetText(Original(q, to));
                return RecurringReportPart.For(reporting, deadline);
            }
        }

        return null;
    }
#pragma warning restore MA0051

    /// <summary>
    /// The due day of a report of <paramref name="period"/>: a day without a year is in the year <see cref="ReportingPeriod.DueYearOf"/>
    /// gives ("quý IV, trước ngày 15/01" and "báo cáo năm, trước ngày 15/01" in the following year).
    /// </summary>
    private LocalDate? DueOf(ReportingPeriod period, DayRef day)
    {
        var lastMonth = new YearMonth(period.Coverage.End.Year, period.Coverage.End.Month);
        int month = day.Month, year;
        if (day.Anchor != Anchor.None)
        {
            var anchored = day.Anchor switch
            {
                Anchor.LastMonth => lastMonth,
                Anchor.FirstMonth => new YearMonth(period.Coverage.Start.Year, period.Coverage.Start.Month),
                _ => lastMonth.Year == CalendarYears.LastYear && lastMonth.Month == 12 ? (YearMonth?)null : lastMonth.OnDayOfMonth(1).PlusMonths(1).ToYearMonth(),
            };
            if (anchored is not { } m)
            {
                Mark(ref _yearOutAt, day.At);
                return null;
            }

            return day.Day is >= 1 and <= 31 ? m.OnDayOfMonth(Math.Min(day.Day, CalendarSystem.Iso.GetDaysInMonth(m.Year, m.Month))) : null;
        }

        if (month == 0)
        {
            return null;
        }

        if (day.Year > 0)
        {
            year = day.Year;
        }
        else if (day.YearShift != 0)
        {
            year = period.Year + day.YearShift;
        }
        else if (month is >= 1 and <= 12 && day.Day is >= 1 and <= 31 && period.DueYearOf(month, day.Day) is { } dueYear)
        {
            year = dueYear;
        }
        else
        {
            Mark(ref _yearOutAt, day.At);
            return null;
        }

        return ValidDate(year, month, day.Day, day.At) ? new LocalDate(year, month, day.Day) : null;
    }
}
