using Cchc.Cli.Tests.Support;
using Cchc.Domain.Deadlines;

namespace Cchc.Cli.Tests.Schema;

public sealed class EveryKindPlanTests
{
    /// <summary>Kinds with no structured <c>due</c> form (0.2.0): a plan writes them as their phrase, which reads back to them.</summary>
    private static readonly string[] PhraseOnly =
        [nameof(SeveralPeriodsDeadline), nameof(PeriodRangeDeadline), nameof(RecurringDeadline), nameof(StartDateDeadline), nameof(DataWindowDeadline)];

    [Fact]
    public void The_agreement_corpus_uses_every_kind_of_deadline_the_library_defines()
    {
        var defined = typeof(Deadline).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Deadline)) && !t.IsAbstract && !PhraseOnly.Contains(t.Name))
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var used = EveryKindPlan.Deadlines
            .SelectMany(d => d switch
            {
                LabelledPartsDeadline l => l.Parts.Select(p => p.Deadline).Prepend(d),
                RecurringReportDeadline r => r.Parts.Select(p => p.Due).Prepend(d),
                _ => [d],
            })
            .Select(d => d.GetType().Name).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(defined, used);
    }
}
