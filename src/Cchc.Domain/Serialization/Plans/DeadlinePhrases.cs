using Cchc.Domain.Deadlines;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>
/// The deadline phrases of one plan, each parsed once against the plan year: plans repeat the same few phrases
/// ("Quý I", "Cả năm", "Trước 30/11") over hundreds of tasks, and a deadline is immutable, so tasks share it.
/// </summary>
internal sealed class DeadlinePhrases(int planYear)
{
    private readonly Dictionary<string, Deadline> _parsed = new(StringComparer.Ordinal);

    /// <summary>The deadline the phrase says, or an <see cref="UnrecognizedDeadline"/> keeping it when the parser does not understand it.</summary>
    public Deadline Parse(string phrase)
    {
        if (!_parsed.TryGetValue(phrase, out var deadline))
        {
            deadline = Deadline.TryParse(phrase, planYear, out var parsed) ? parsed : new UnrecognizedDeadline(phrase);
            _parsed.Add(phrase, deadline);
        }

        return deadline;
    }
}
