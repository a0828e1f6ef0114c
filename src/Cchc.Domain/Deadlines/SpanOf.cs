using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Combines the spans of a deadline's parts.</summary>
internal static class SpanOf
{
    /// <summary>From the earliest start to the latest end of the parts that have a span; <see langword="null"/> when none has.</summary>
    public static DateInterval? Parts(IEnumerable<DateInterval?> spans)
    {
        LocalDate? start = null;
        LocalDate? end = null;
        foreach (var span in spans)
        {
            if (span is null)
            {
                continue;
            }

            start = start is { } s && s < span.Start ? s : span.Start;
            end = end is { } e && e > span.End ? e : span.End;
        }

        return start is { } first && end is { } last ? new DateInterval(first, last) : null;
    }
}
