using System.Collections.Frozen;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Lead-ins and the kinds without a due date: ongoing, directed, per document, after an event, a start, a data window.</summary>
internal sealed partial class DeadlineReader
{
    /// <summary>Words that open a verb phrase before the time ("Hoàn thành", "gửi về Sở Nội vụ", "trình UBND tỉnh").</summary>
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "hoan", "gui", "nop", "trinh", "thuc", "trien", "to", "ban", "xay", "tong", "bao", "xong", "ket", "phe", "tham", "du",
        "sua", "kiem", "danh", "cap", "tiep", "chuyen", "lap", "ra", "dang", "cong", "so", "hop", "tap", "boi", "rasoat",
    ]);

    /// <summary>Words that may stand before the time on their own ("Hoàn thành xong", "thực hiện").</summary>
    private static readonly FrozenSet<string> LeadWords = FrozenSet.ToFrozenSet(
    [
        "hoan", "thanh", "xong", "tat", "thuc", "hien", "trien", "khai", "to", "chuc", "nop", "gui", "trinh", "ve", "bao", "cao",
        "ket", "qua", "thoi", "gian", "han", "la", "vao", "du", "kien", "phai", "can",
    ]);

    /// <summary>Words a time can start with.</summary>
    private static readonly FrozenSet<string> TimeStarts = FrozenSet.ToFrozenSet(
    [
        "truoc", "cham", "han", "den", "vao", "ngay", "trong", "thang", "quy", "nam", "ca", "nua", "hang", "moi", "dinh", "giai",
        "tu", "cac", "xong", "khong", "t", "sau", "chin", "ke", "ap", "so", "theo", "thuong", "lien", "toi", "tinh", "duoc",
    ]);

    /// <summary>Words that open a clause after the time.</summary>
    private static readonly FrozenSet<string> TrailWords = FrozenSet.ToFrozenSet(
    [
        "de", "phai", "tren", "se", "va", "co", "thi", "doi", "nham", "theo", "tai", "cua", "tren", "sau", "moi", "duoc", "kem",
    ]);

    /// <summary>Words of a time, which the words before the time read must not hold (else that earlier time is the one meant).</summary>
    private static readonly FrozenSet<string> LeadBlockers = FrozenSet.ToFrozenSet(["truoc", "cham", "hang", "moi", "dinh", "ngay", "den"]);

    /// <summary>Words of another due time, which the words after a time must not hold.</summary>
    private static readonly FrozenSet<string> DueWords = FrozenSet.ToFrozenSet(
    [
        "truoc", "cham", "han", "trong", "thang", "quy", "hang", "moi", "den", "dinh", "nam", "ngay", "xong",
    ]);

    private bool IsVerb(int p) => p < _end && _t[p].Kind == TokenKind.Word && Verbs.Contains(_t.Folded(p).ToString());

    private bool IsLeadWord(int p) => p < _end && _t[p].Kind == TokenKind.Word && LeadWords.Contains(_t.Folded(p).ToString());

    private bool IsTimeStart(int p) =>
        p < _end && (_t[p].Kind == TokenKind.Number || (_t[p].Kind == TokenKind.Word && TimeStarts.Contains(_t.Folded(p).ToString())));

    /// <summary>
    /// Whether tokens [from, to) can stand before a time: the words of the sentence before it ("Hoàn thành", "gửi về Sở Nội
    /// vụ (qua Văn phòng)", "Thời hạn nộp thuế … là"), with balanced parentheses, no ';', no number or word of another
    /// time ("trước", "chậm", "hằng", "mỗi", "định", "ngày"), and nothing that makes the time a start or a data window
    /// ("từ", "kể từ", "áp dụng", "hiệu lực", "số liệu").
    /// </summary>
    private bool LeadIn(int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            if (_t[i].Kind == TokenKind.Punct)
            {
                depth += _t[i].Char switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth < 0 || _t[i].Char == ';')
                {
                    return false;
                }
            }
            else if (_t[i].Kind == TokenKind.Number || (_t[i].Kind == TokenKind.Word && LeadBlockers.Contains(_t.Folded(i).ToString()))
                || _t.IsWord(i, "tu") || (_t.IsWord(i, "ap") && i + 1 < to && _t.IsWord(i + 1, "dung"))
                || (_t.IsWord(i, "hieu") && i + 1 < to && _t.IsWord(i + 1, "luc")) || (_t.IsWord(i, "so") && i + 1 < to && _t.IsWord(i + 1, "lieu")))
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>
    /// Whether the words after a time at <paramref name="p"/> may be left unread: a clause that names no other due time
    /// ("để vận hành từ ngày 1/9", "phải hoàn thành", "trên toàn quốc"; not "và rà soát trước ngày 31/01").
    /// </summary>
    private bool Trailing(int p)
    {
        if (p >= _end || !(IsFiller(p) || (_t[p].Kind == TokenKind.Word && TrailWords.Contains(_t.Folded(p).ToString()))))
        {
            return false;
        }

        var depth = 0;
        for (var i = p; i < _end; i++)
        {
            if (_t[i].Kind == TokenKind.Word && DueWords.Contains(_t.Folded(i).ToString()))
            {
                return false;
            }

            depth += _t[i].Kind == TokenKind.Punct ? _t[i].Char switch { '(' => 1, ')' => -1, _ => 0 } : 0;
        }

        return depth >= 0;
    }

    /// <summary>"Thường xuyên", "Liên tục", "Thường xuyên, liên tục".</summary>
    private bool Ongoing(ref int p)
    {
        var q = p;
        if (!Eat(ref q, "thuong", "xuyen") && !Eat(ref q, "lien", "tuc"))
        {
            return false;
        }

        var r = q;
        EatP(ref r, ',');
        Eat(ref r, "va");
        if (Eat(ref r, "thuong", "xuyen") || Eat(ref r, "lien", "tuc"))
        {
            q = r;
        }

        p = q;
        return true;
    }

    /// <summary>"Theo chỉ đạo của UBND tỉnh", "Theo yêu cầu của Sở Nội vụ", "Theo chỉ đạo".</summary>
    private DirectedDeadline? Directed(int p)
    {
        if (!Eat(ref p, "theo"))
        {
            return null;
        }

        Eat(ref p, "su");
        if (!Eat(ref p, "chi", "dao") && !Eat(ref p, "yeu", "cau") && !Eat(ref p, "de", "nghi"))
        {
            return null;
        }

        if (p >= _end)
        {
            return new DirectedDeadline(null);
        }

        Eat(ref p, "cua");
        return p < _end ? new DirectedDeadline(Original(p, _end)) : null;
    }

    /// <summary>"Theo thời hạn của Kế hoạch …", "Theo tiến độ của Đề án 06", "Theo quy định".</summary>
    private PerDocumentDeadline? PerDocument(int p)
    {
        if (!Eat(ref p, "theo"))
        {
            return null;
        }

        if (Eat(ref p, "thoi", "han") || Eat(ref p, "tien", "do") || Eat(ref p, "lo", "trinh") || Eat(ref p, "thoi", "gian"))
        {
            _ = Eat(ref p, "cua") || Eat(ref p, "tai") || Eat(ref p, "trong") || Eat(ref p, "theo");
            return p < _end ? new PerDocumentDeadline(Original(p, _end)) : null;
        }

        var q = p;
        return Eat(ref q, "ke", "hoach") || Eat(ref q, "quy", "dinh") || Eat(ref q, "van", "ban") || Eat(ref q, "cong", "van")
            || Eat(ref q, "huong", "dan") || Eat(ref q, "quyet", "dinh") || Eat(ref q, "de", "an") || Eat(ref q, "chuong", "trinh")
            ? new PerDocumentDeadline(Original(p, _end))
            : null;
    }

    /// <summary>"Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được …", "Trong 10 ngày kể từ ngày nhận được văn bản".</summary>
    private AfterEventDeadline? AfterEvent(int p)
    {
        while (Eat(ref p, "cham", "nhat") || Eat(ref p, "trong", "vong") || Eat(ref p, "trong", "thoi", "han") || Eat(ref p, "trong")
            || Eat(ref p, "sau") || Eat(ref p, "khong", "qua") || Eat(ref p, "toi", "da") || Eat(ref p, "la"))
        {
        }

        if (!IsNum(p, 3))
        {
            return null;
        }

        var count = Value(p);
        p++;
        if (!Eat(ref p, "ngay"))
        {
            return null;
        }

        var working = Eat(ref p, "lam", "viec");
        EatP(ref p, ',');
        if (!Eat(ref p, "ke", "tu") && !Eat(ref p, "tinh", "tu") && !Eat(ref p, "sau"))
        {
            return null;
        }

        _ = Eat(ref p, "ngay") || Eat(ref p, "khi") || Eat(ref p, "thoi", "diem");
        if (p >= _end)
        {
            return null;
        }

        var @event = Original(p, _end);
        return working ? new WorkingDaysAfterEventDeadline(count, @event) : new DaysAfterEventDeadline(count, @event);
    }

    /// <summary>"áp dụng từ 01/3/2024", "từ ngày 01/01/2025", "kể từ ngày ký": a start, not a due date.</summary>
    private StartDateDeadline? StartDate(int p)
    {
        _ = Eat(ref p, "ap", "dung") || Eat(ref p, "co", "hieu", "luc") || Eat(ref p, "bat", "dau") || Eat(ref p, "thuc", "hien")
            || Eat(ref p, "trien", "khai") || Eat(ref p, "van", "hanh");
        Eat(ref p, "thi", "hanh");
        var since = Eat(ref p, "ke", "tu");
        if (!since && !Eat(ref p, "tu"))
        {
            return null;
        }

        var q = p;
        if (Day(ref q, out var day) && q == _end && day.Month > 0)
        {
            return ConcreteDate(day) is { } date ? new StartDateDeadline(date, null) : null;
        }

        q = p;
        if (Period(ref q, out var period) && q == _end)
        {
            return new StartDateDeadline(PeriodInterval(period, period.Year > 0 ? period.Year : _planYear)?.Start, null);
        }

        return since && p < _end && !IsNum(p) ? new StartDateDeadline(null, Original(p, _end)) : null;
    }

    /// <summary>"số liệu tính từ ngày 15/12 năm trước đến ngày 14/6", "thời gian chốt số liệu từ 15/3 đến 14/6".</summary>
    private DataWindowDeadline? DataWindow(int p)
    {
        Eat(ref p, "thoi", "gian");
        Eat(ref p, "chot");
        if (!Eat(ref p, "so", "lieu") && !(W(p, "tinh") || (W(p, "duoc") && W(p + 1, "tinh"))))
        {
            return null;
        }

        _ = Eat(ref p, "bao", "cao");
        _ = Eat(ref p, "duoc");
        _ = Eat(ref p, "tinh") || Eat(ref p, "lay");
        if (!Eat(ref p, "tu") || !Day(ref p, out var start) || start.Month == 0)
        {
            return null;
        }

        EatP(ref p, ',');
        if (!(Eat(ref p, "den") || EatP(ref p, '-')) || !Day(ref p, out var end) || end.Month == 0 || p != _end)
        {
            return null;
        }

        var endYear = end.Year > 0 ? end.Year : _planYear + end.YearShift;
        var startYear = start.Year > 0 ? start.Year : endYear + start.YearShift;
        if (!ValidDate(startYear, start.Month, start.Day, start.At) || !ValidDate(endYear, end.Month, end.Day, end.At))
        {
            return null;
        }

        var first = new LocalDate(startYear, start.Month, start.Day);
        var last = new LocalDate(endYear, end.Month, end.Day);
        if (first > last && start.Year == 0 && startYear > 1)
        {
            first = first.PlusYears(-1);
        }

        return first <= last ? new DataWindowDeadline(new DateInterval(first, last)) : null;
    }
}
