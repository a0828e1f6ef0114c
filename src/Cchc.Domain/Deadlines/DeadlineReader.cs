using Cchc.Domain.Calendar;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// The hand-written reader of deadline phrases: a tokenizer (<see cref="DeadlineTokens"/>) then small rules that
/// each read one part (a lead-in, a relation word, a day, a period, a list or span of periods, a recurrence, a due
/// day relative to a period). Every rule looks at a bounded number of tokens ahead, and a phrase is tried from at
/// most <see cref="MaxStarts"/> places after a lead-in, so reading is linear in the phrase's length. No regular
/// expression. The grammar is in docs/deadlines.md.
/// </summary>
internal sealed partial class DeadlineReader
{
    /// <summary>How many places after a lead-in ("Hoàn thành", "gửi về Sở Nội vụ") a time is looked for.</summary>
    private const int MaxStarts = 32;

    [ThreadStatic]
    private static DeadlineReader? _cached;

    private readonly DeadlineTokens _t = new();
    private int _planYear;
    private int _end;
    private int _furthest;
    private int _impossibleAt;
    private int _yearOutAt;

    private enum Rel
    {
        None,
        Before,
        NoLaterThan,
        On,
        Within,
    }

    /// <summary>Reads <paramref name="text"/>; the deadline with its <see cref="Deadline.Text"/> set, or null with why and where.</summary>
    public static Deadline? Read(string? text, int planYear, out DeadlineParseError error, out int position)
    {
        position = 0;
        if (text is null)
        {
            error = DeadlineParseError.Empty;
            return null;
        }

        if (!CalendarYears.IsDateYear(planYear))
        {
            error = DeadlineParseError.YearOutOfRange;
            return null;
        }

        var reader = _cached ?? new DeadlineReader();
        _cached = null;
        try
        {
            var deadline = reader.ReadAll(text, planYear, out error, out position);
            deadline?.SetText(text);
            return deadline;
        }
        finally
        {
            reader._t.Trim();
            _cached = reader;
        }
    }

    /// <summary>Whether <paramref name="text"/> says "trước" (before) of a day — "trước ngày 10/3", "trước 10/3" — not "năm trước".</summary>
    public static bool SaysBefore(string text)
    {
        var reader = _cached ?? new DeadlineReader();
        _cached = null;
        try
        {
            reader._t.Tokenize(text);
            reader._end = reader._t.Count;
            for (var i = 0; i < reader._t.Count; i++)
            {
                if (reader._t.IsWord(i, "truoc") && (reader.IsNum(i + 1) || (reader.W(i + 1, "ngay") && reader.IsNum(i + 2))))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            reader._t.Trim();
            _cached = reader;
        }
    }

    private Deadline? ReadAll(string text, int planYear, out DeadlineParseError error, out int position)
    {
        _t.Tokenize(text);
        _planYear = planYear;
        _furthest = 0;
        _impossibleAt = -1;
        _yearOutAt = -1;
        var n = _t.Count;
        var first = SkipLeading(0, n);
        var last = TrimTrailing(first, n);
        if (first >= last || !HasContent(first, last))
        {
            error = DeadlineParseError.Empty;
            position = 0;
            return null;
        }

        var deadline = StartsAsReport(first, last)
            ? Reports(first, n) ?? (_yearOutAt >= 0 ? null : Single(first, last) ?? Labelled(first, n))
            : Single(first, last) ?? (Deadline?)Labelled(first, n) ?? Reports(first, n);
        if (deadline is not null)
        {
            error = DeadlineParseError.None;
            position = 0;
            return deadline;
        }

        (error, var at) = _impossibleAt >= 0 ? (DeadlineParseError.ImpossibleDate, _impossibleAt)
            : _yearOutAt >= 0 ? (DeadlineParseError.YearOutOfRange, _yearOutAt)
            : (DeadlineParseError.NotUnderstood, _furthest);
        position = at < n ? _t[at].SourceStart : text.Length;
        return null;
    }

    private bool HasContent(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_t[i].Kind != TokenKind.Punct)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One deadline over tokens [from, to): the undated kinds, then a time after an optional lead-in.</summary>
    private Deadline? Single(int from, int to)
    {
        from = SkipLeading(from, to);
        to = TrimTrailing(from, to);
        if (from >= to)
        {
            return null;
        }

        var saved = _end;
        _end = to;
        try
        {
            var starts = 0;
            for (var p = from; p < to && starts < MaxStarts; p++)
            {
                if (p > from && !(IsTimeStart(p) && LeadIn(from, p)))
                {
                    continue;
                }

                starts++;
                if (Core(p) is { } deadline)
                {
                    return deadline;
                }

            }

            return null;
        }
        finally
        {
            _end = saved;
        }
    }

    /// <summary>A deadline that starts at <paramref name="p"/> and ends at the range's end.</summary>
    private Deadline? Core(int p)
    {
        var q = p;
        if (Ongoing(ref q) && q == _end)
        {
            return new OngoingDeadline();
        }

        if (Directed(p) is { } directed)
        {
            return directed;
        }

        if (PerDocument(p) is { } perDocument)
        {
            return perDocument;
        }

        if (AfterEvent(p) is { } after)
        {
            return after;
        }

        if (DataWindow(p) is { } window)
        {
            return window;
        }

        if (StartDate(p) is { } start)
        {
            return start;
        }

        q = p;
        return Time(ref q) is { } time && (q == _end || Trailing(q)) ? time : null;
    }

    // ---- tokens -------------------------------------------------------------------------------------------

    private void Miss(int p)
    {
        if (p > _furthest)
        {
            _furthest = p;
        }
    }

    private bool W(int p, string word)
    {
        if (p < _end && _t.IsWord(p, word))
        {
            return true;
        }

        Miss(p);
        return false;
    }

    private bool Eat(ref int p, string word)
    {
        if (!W(p, word))
        {
            return false;
        }

        p++;
        return true;
    }

    private bool Eat(ref int p, string a, string b)
    {
        if (!W(p, a) || !W(p + 1, b))
        {
            return false;
        }

        p += 2;
        return true;
    }

    private bool Eat(ref int p, string a, string b, string c)
    {
        if (!W(p, a) || !W(p + 1, b) || !W(p + 2, c))
        {
            return false;
        }

        p += 3;
        return true;
    }

    private bool P(int p, char c)
    {
        if (p < _end && _t[p].Kind == TokenKind.Punct && _t[p].Char == c)
        {
            return true;
        }

        Miss(p);
        return false;
    }

    private bool EatP(ref int p, char c)
    {
        if (!P(p, c))
        {
            return false;
        }

        p++;
        return true;
    }

    private bool IsNum(int p)
    {
        if (p < _end && _t[p].Kind == TokenKind.Number)
        {
            return true;
        }

        Miss(p);
        return false;
    }

    private bool IsNum(int p, int maxDigits) => IsNum(p) && _t[p].Digits <= maxDigits;

    private bool IsYear(int p) => IsNum(p) && _t[p].Digits == 4;

    private int Value(int p) => _t[p].Value;

    private bool IsFiller(int p) => _t[p].Kind == TokenKind.Punct && _t[p].Char is '-' or '+' or '*' or '•' or '.' or ';' or ',' or ':' or '(' or ')' or '·' or '…';

    private int SkipLeading(int from, int to)
    {
        while (from < to && _t[from].Kind == TokenKind.Punct && _t[from].Char is '-' or '+' or '*' or '•' or '.' or ';' or ',' or ':' or '(' or '·')
        {
            from++;
        }

        return from;
    }

    private int TrimTrailing(int from, int to)
    {
        while (to > from && _t[to - 1].Kind == TokenKind.Punct && _t[to - 1].Char is '.' or ';' or ',' or ':' or ')' or '-' or '+' or '*' or '…')
        {
            to--;
        }

        return to;
    }

    /// <summary>The phrase as written that tokens [from, to) cover.</summary>
    private string Original(int from, int to) => _t.Source[_t[from].SourceStart.._t[to - 1].SourceEnd];

    private static int Mark(ref int mark, int p)
    {
        if (mark < 0)
        {
            mark = p;
        }

        return p;
    }
}
