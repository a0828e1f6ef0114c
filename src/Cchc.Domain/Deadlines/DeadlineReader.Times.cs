using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Days, periods, lists and spans of periods, relation words and recurrences.</summary>
internal sealed partial class DeadlineReader
{
    private enum PeriodKind
    {
        Month,
        Quarter,
        Half,
        Nine,
        Year,
    }

    /// <summary>Which month a due day relative to a period falls in ("tháng cuối quý", "tháng đầu quý sau").</summary>
    private enum Anchor
    {
        None,
        LastMonth,
        FirstMonth,
        NextFirstMonth,
    }

    /// <summary>
    /// A day as read: day, month (0 when relative to a period), year (0 when not written), a shift of the year ("năm sau"
    /// +1, "năm trước" −1), the anchor of a relative day and the period it names (<see langword="null"/> for "kỳ báo cáo").
    /// </summary>
    private record struct DayRef(int Day, int Month, int Year, int YearShift, Anchor Anchor, RecurrenceFrequency? Of, int At);

    /// <summary>A period as read; <see cref="Year"/> is 0 when not written.</summary>
    private record struct PeriodRef(PeriodKind Kind, int N, int Year, int At);

    // ---- relation ------------------------------------------------------------------------------------------

    /// <summary>"trước", "chậm nhất", "hạn chót:", "đến hết", "không muộn hơn", "trong", "vào", "xong trước" …</summary>
    private Rel Relation(ref int p)
    {
        var rel = Rel.None;
        while (p < _end)
        {
            if (Eat(ref p, "truoc"))
            {
                rel = Rel.Before;
            }
            else if (Eat(ref p, "cham", "nhat") || Eat(ref p, "han", "chot") || Eat(ref p, "den", "het") || Eat(ref p, "khong", "muon", "hon")
                || Eat(ref p, "trong", "ngay") || Eat(ref p, "toi", "da") || Eat(ref p, "den") || Eat(ref p, "han"))
            {
                rel = rel == Rel.Before ? rel : Rel.NoLaterThan;
            }
            else if (Eat(ref p, "trong"))
            {
                rel = rel == Rel.None ? Rel.Within : rel;
            }
            else if (Eat(ref p, "vao"))
            {
                rel = rel == Rel.None ? Rel.On : rel;
            }
            else if (!(Eat(ref p, "xong") || Eat(ref p, "la") || Eat(ref p, "het") || EatP(ref p, ':')))
            {
                break;
            }
        }

        return rel;
    }

    // ---- days ----------------------------------------------------------------------------------------------

#pragma warning disable MA0051 // One grammar rule, read top to bottom: each branch is one way of writing the part.
    /// <summary>
    /// "05/12/2021", "5-12", "30.11.2021", "31/12/24", "ngày 30 tháng 12 năm 2021", "ngày 18 của tháng cuối quý",
    /// "ngày 20 của tháng đầu quý sau", "ngày 25" (before "hằng tháng"), then "năm sau" / "năm trước".
    /// </summary>
    private bool Day(ref int p, out DayRef day)
    {
        day = default;
        var q = p;
        var named = Eat(ref q, "ngay");
        if (!IsNum(q, 2))
        {
            return false;
        }

        var at = q;
        var d = Value(q++);
        int month = 0, year = 0, shift = 0;
        var anchor = Anchor.None;
        RecurrenceFrequency? of = null;
        if ((P(q, '/') || P(q, '-') || P(q, '.')) && IsNum(q + 1, 2))
        {
            month = Value(q + 1);
            q += 2;
            if ((P(q, '/') || P(q, '-') || P(q, '.')) && IsNum(q + 1) && _t[q + 1].Digits is 2 or 4)
            {
                if (!YearOf(q + 1, out year))
                {
                    return false;
                }

                q += 2;
            }
        }
        else if (W(q, "thang") && IsNum(q + 1, 2))
        {
            month = Value(q + 1);
            q += 2;
        }
        else if (named && (W(q, "thang") || W(q, "cua")))
        {
            var r = q;
            Eat(ref r, "cua");
            if (!Eat(ref r, "thang") || !RelativeMonth(ref r, out anchor, out of))
            {
                return false;
            }

            q = r;
        }
        else if (!named)
        {
            return false;
        }

        if (month > 0 && year == 0)
        {
            var r = q;
            EatP(ref r, ',');
            if (Eat(ref r, "nam") && IsYear(r))
            {
                year = Value(r);
                q = r + 1;
            }
        }

        if (year == 0)
        {
            var r = q;
            if (Eat(ref r, "nam", "sau") || Eat(ref r, "nam", "tiep", "theo") || Eat(ref r, "cua", "nam", "sau"))
            {
                shift = 1;
                q = r;
            }
            else if (Eat(ref r, "nam", "truoc") || Eat(ref r, "cua", "nam", "truoc"))
            {
                shift = -1;
                q = r;
            }
        }

        day = new DayRef(d, month, year, shift, anchor, of, at);
        p = q;
        return true;
    }
#pragma warning restore MA0051

    /// <summary>"cuối [cùng] [của] quý", "đầu quý sau", "cuối cùng của kỳ báo cáo", "cuối năm", "cuối 6 tháng".</summary>
    private bool RelativeMonth(ref int p, out Anchor anchor, out RecurrenceFrequency? of)
    {
        of = null;
        anchor = Eat(ref p, "cuoi") ? Anchor.LastMonth : Eat(ref p, "dau") ? Anchor.FirstMonth : Anchor.None;
        if (anchor == Anchor.None)
        {
            return false;
        }

        _ = Eat(ref p, "cung") || Eat(ref p, "tien");
        Eat(ref p, "cua");
        _ = Eat(ref p, "moi") || Eat(ref p, "hang") || Eat(ref p, "hang");
        if (Eat(ref p, "quy"))
        {
            of = RecurrenceFrequency.Quarter;
        }
        else if (Eat(ref p, "nam"))
        {
            of = RecurrenceFrequency.Year;
        }
        else if ((IsNum(p) && Value(p) == 6 && W(p + 1, "thang")) || (W(p, "sau") && W(p + 1, "thang")))
        {
            p += 2;
            of = RecurrenceFrequency.HalfYear;
        }
        else if (Eat(ref p, "ky", "bao", "cao") || Eat(ref p, "ky"))
        {
            of = null;
        }
        else
        {
            return false;
        }

        if (Eat(ref p, "sau") || Eat(ref p, "tiep", "theo") || Eat(ref p, "ke", "tiep"))
        {
            anchor = anchor == Anchor.FirstMonth ? Anchor.NextFirstMonth : Anchor.None;
        }

        return anchor != Anchor.None;
    }

    /// <summary>A year of four digits, or two ("31/12/24") read as 20yy when within 30 years of the plan year.</summary>
    private bool YearOf(int p, out int year)
    {
        year = Value(p);
        if (_t[p].Digits == 2)
        {
            year += 2000;
            if (Math.Abs(year - _planYear) > 30)
            {
                Miss(p);
                return false;
            }
        }

        if (year == 0)
        {
            Mark(ref _yearOutAt, p);
            return false;
        }

        return true;
    }

    private bool ValidDate(int year, int month, int day, int at)
    {
        if (!CalendarYears.IsDateYear(year))
        {
            Mark(ref _yearOutAt, at);
            return false;
        }

        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            Miss(at);
            return false;
        }

        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            Mark(ref _impossibleAt, at);
            return false;
        }

        return true;
    }

    private LocalDate? ConcreteDate(DayRef day)
    {
        var year = day.Year > 0 ? day.Year : _planYear + day.YearShift;
        return day.Month > 0 && ValidDate(year, day.Month, day.Day, day.At) ? new LocalDate(year, day.Month, day.Day) : null;
    }

    private static Deadline ByRelation(Rel rel, LocalDate date, bool recurring) => rel switch
    {
        Rel.Before => new ByDateDeadline(date),
        Rel.NoLaterThan => new NoLaterThanDeadline(date),
        _ when recurring && rel != Rel.On => new NoLaterThanDeadline(date),
        _ => new OnDateDeadline(date),
    };

    // ---- periods -------------------------------------------------------------------------------------------

#pragma warning disable MA0051 // One grammar rule, read top to bottom: each branch is one way of writing the part.
    /// <summary>"tháng 9/2023", "T7/2024", "Quý IV năm 2024", "6 tháng đầu năm", "nửa cuối năm", "9 tháng", "cả năm", "năm 2024", "2024".</summary>
    private bool Period(ref int p, out PeriodRef period)
    {
        period = default;
        var q = p;
        var at = p;
        PeriodKind kind;
        int n;
        if ((W(q, "thang") || W(q, "t")) && IsNum(q + 1, 2) && !W(q + 2, "lan") && !(P(q + 2, '/') && W(q + 3, "lan")))
        {
            (kind, n) = (PeriodKind.Month, Value(q + 1));
            q += 2;
            if (n is < 1 or > 12)
            {
                Miss(q - 1);
                return false;
            }
        }
        else if (Eat(ref q, "quy") && Quarter(q, out n))
        {
            kind = PeriodKind.Quarter;
            q++;
        }
        else if (((IsNum(q, 2) && Value(q) == 6) || W(q, "sau")) && W(q + 1, "thang") && (W(q + 2, "dau") || W(q + 2, "cuoi")))
        {
            (kind, n) = (PeriodKind.Half, W(q + 2, "dau") ? 1 : 2);
            q += 3;
            Eat(ref q, "nam");
        }
        else if (W(q, "nua") && (W(q + 1, "dau") || W(q + 1, "cuoi")))
        {
            (kind, n) = (PeriodKind.Half, W(q + 1, "dau") ? 1 : 2);
            q += 2;
            Eat(ref q, "nam");
        }
        else if (((IsNum(q, 2) && Value(q) == 9) || W(q, "chin")) && W(q + 1, "thang") && !P(q + 2, '/'))
        {
            (kind, n) = (PeriodKind.Nine, 0);
            q += 2;
            Eat(ref q, "dau");
            Eat(ref q, "nam");
        }
        else if (Eat(ref q, "ca", "nam") || Eat(ref q, "nam") || Eat(ref q, "ca", "nam"))
        {
            (kind, n) = (PeriodKind.Year, 0);
            if (IsYear(q))
            {
                period = new PeriodRef(kind, 0, Value(q), at);
                p = q + 1;
                return CheckYear(period.Year, q);
            }
        }
        else if (IsYear(q))
        {
            period = new PeriodRef(PeriodKind.Year, 0, Value(q), at);
            p = q + 1;
            return CheckYear(period.Year, q);
        }
        else
        {
            return false;
        }

        var year = 0;
        var r = q;
        if ((EatP(ref r, '/') || EatP(ref r, '-')) && IsYear(r))
        {
            year = Value(r);
            q = r + 1;
        }
        else
        {
            r = q;
            EatP(ref r, ',');
            if (Eat(ref r, "nam") && IsYear(r))
            {
                year = Value(r);
                q = r + 1;
            }
            else if (kind is PeriodKind.Half or PeriodKind.Nine && IsYear(q))
            {
                year = Value(q);
                q++;
            }
        }

        period = new PeriodRef(kind, n, year, at);
        p = q;
        return year == 0 || CheckYear(year, q - 1);
    }
#pragma warning restore MA0051

    private bool CheckYear(int year, int at)
    {
        if (year >= CalendarYears.FirstDateYear)
        {
            return true;
        }

        Mark(ref _yearOutAt, at);
        return false;
    }

    /// <summary>"I"–"IV" (also Ⅰ–Ⅳ) or 1–4.</summary>
    private bool Quarter(int p, out int quarter)
    {
        quarter = 0;
        if (IsNum(p, 2))
        {
            quarter = Value(p);
        }
        else if (p < _end && _t[p].Kind == TokenKind.Word)
        {
            quarter = _t.Folded(p) switch
            {
                "i" => 1,
                "ii" => 2,
                "iii" => 3,
                "iv" => 4,
                _ => 0,
            };
        }

        if (quarter is >= 1 and <= 4)
        {
            return true;
        }

        Miss(p);
        return false;
    }

    /// <summary>The number alone of a period of <paramref name="kind"/> in a list ("tháng 8, 9", "Quý I, II", "năm 2024, 2025").</summary>
    private bool BareItem(ref int p, PeriodKind kind, out PeriodRef period)
    {
        period = default;
        var at = p;
        int n;
        if (kind == PeriodKind.Month && IsNum(p, 2) && Value(p) is >= 1 and <= 12)
        {
            n = Value(p);
        }
        else if (kind == PeriodKind.Quarter && Quarter(p, out n))
        {
        }
        else if (kind == PeriodKind.Year && IsYear(p))
        {
            period = new PeriodRef(kind, 0, Value(p), at);
            p++;
            return CheckYear(period.Year, at);
        }
        else
        {
            return false;
        }

        var q = p + 1;
        var year = 0;
        var r = q;
        if ((EatP(ref r, '/') || EatP(ref r, '-')) && IsYear(r))
        {
            year = Value(r);
            q = r + 1;
        }
        else if (Eat(ref r, "nam") && IsYear(r))
        {
            year = Value(r);
            q = r + 1;
        }

        period = new PeriodRef(kind, n, year, at);
        p = q;
        return true;
    }

    private static DateInterval? PeriodInterval(PeriodRef period, int year) => period.Kind switch
    {
        PeriodKind.Month => DueDateRules.Months(year, period.N, period.N),
        PeriodKind.Quarter => DueDateRules.Months(year, (3 * period.N) - 2, 3 * period.N),
        PeriodKind.Half => DueDateRules.Months(year, period.N == 1 ? 1 : 7, period.N == 1 ? 6 : 12),
        PeriodKind.Nine => DueDateRules.Months(year, 1, 9),
        _ => DueDateRules.Months(year, 1, 12),
    };

    private static WithinPeriodDeadline ToDeadline(PeriodRef period, int year) => period.Kind switch
    {
        PeriodKind.Month => new MonthDeadline(new YearMonth(year, period.N)),
        PeriodKind.Quarter => new QuarterDeadline(year, period.N),
        PeriodKind.Half => new HalfYearDeadline(year, period.N),
        PeriodKind.Nine => new NineMonthsDeadline(year),
        _ => new YearDeadline(year),
    };
}
