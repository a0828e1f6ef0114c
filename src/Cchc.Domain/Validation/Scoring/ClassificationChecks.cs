using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using FluentValidation;

namespace Cchc.Domain.Validation.Scoring;

/// <summary>The classification bands of each scheme: every band's upper bound above its lower one, and the bands, sorted, neither overlapping nor leaving gaps from 0 up.</summary>
internal static class ClassificationChecks
{
    public static void Check(ScoringFramework framework, ValidationContext<ScoringFramework> context)
    {
        var path = new JsonPath();
        for (var i = 0; i < framework.Classification.Count; i++)
        {
            using (path.Enter("classification", i))
            using (path.Enter("bands"))
            {
                CheckBands(framework.Classification[i], path, context);
            }
        }
    }

    /// <summary>Checks the bands of <paramref name="scheme"/>; <paramref name="path"/> stands at its <c>bands</c>.</summary>
    private static void CheckBands(ClassificationScheme scheme, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        var ordered = scheme.Bands.Select((band, index) => (Band: band, Index: index)).OrderBy(b => b.Band.From).ToList();
        foreach (var (band, index) in ordered)
        {
            if (band.To is { } to && to <= band.From)
            {
                using (path.Enter(index))
                {
                    context.Report(ScoringDiagnostics.InvalidParameter, path.ToPointer("to"), FrameworkValidator.Parameter("to", "more than from", "lớn hơn from", to));
                }
            }
        }

        if (ordered.Count == 0)
        {
            return;
        }

        if (ordered[0].Band.From > 0)
        {
            context.Report(ScoringDiagnostics.ClassBandsGap, path.ToPointer(), FrameworkValidator.Format(0m), FrameworkValidator.Format(ordered[0].Band.From));
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1].Band;
            var current = ordered[i].Band;
            if (previous.To is not { } previousTo || previousTo > current.From)
            {
                context.Report(ScoringDiagnostics.ClassBandsOverlap, JsonPointer.Append(path.ToPointer(), ordered[i].Index), previous.Label, current.Label);
            }
            else if (previousTo < current.From)
            {
                context.Report(ScoringDiagnostics.ClassBandsGap, JsonPointer.Append(path.ToPointer(), ordered[i].Index), FrameworkValidator.Format(previousTo), FrameworkValidator.Format(current.From));
            }
        }

        if (ordered.TrueForAll(b => b.Band.To is not null))
        {
            var highest = ordered.Max(b => b.Band.To!.Value);
            context.Report(ScoringDiagnostics.ClassBandsGap, path.ToPointer(), FrameworkValidator.Format(highest), "∞");
        }
    }
}
