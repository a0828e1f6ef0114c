using Cchc.Domain.Deadlines;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>Translates task deadlines between the phrase/structure pair of the JSON and the model's <see cref="Deadline"/>.</summary>
internal static class DeadlineMapper
{
    /// <summary>The model's deadline: the structure when given, otherwise the phrase parsed against the plan year.</summary>
    public static Deadline? ToDomain(string? phrase, DeadlineDto? due, int planYear)
    {
        if (due is not null)
        {
            return FromDto(due) with { Text = phrase };
        }

        if (phrase is null)
        {
            return null;
        }

        return Deadline.TryParse(phrase, planYear, out var parsed) ? parsed : new UnrecognizedDeadline(phrase);
    }

    /// <summary>The structure to write: none when the phrase alone reads back to the same deadline.</summary>
    public static DeadlineDto? ToDto(Deadline? deadline, int planYear)
    {
        if (deadline is null or UnrecognizedDeadline)
        {
            return null;
        }

        var derivable = deadline.Text is { } phrase && Deadline.TryParse(phrase, planYear, out var parsed) && parsed == deadline;
        return derivable ? null : ToDto(deadline);
    }

    private static Deadline FromDto(DeadlineDto dto) => dto switch
    {
        OnDateDeadlineDto d => new OnDateDeadline(d.Date),
        ByDateDeadlineDto d => new ByDateDeadline(d.Date),
        MonthDeadlineDto d => new MonthDeadline(d.Month),
        QuarterDeadlineDto d => new QuarterDeadline(d.Year, d.Quarter),
        YearDeadlineDto d => new YearDeadline(d.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(dto), dto, "Unknown deadline kind."),
    };

    private static DeadlineDto ToDto(Deadline deadline) => deadline switch
    {
        OnDateDeadline d => new OnDateDeadlineDto { Date = d.Date },
        ByDateDeadline d => new ByDateDeadlineDto { Date = d.Date },
        MonthDeadline d => new MonthDeadlineDto { Month = d.Month },
        QuarterDeadline d => new QuarterDeadlineDto { Year = d.Year, Quarter = d.Quarter },
        YearDeadline d => new YearDeadlineDto { Year = d.Year },
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Unknown deadline kind."),
    };
}
