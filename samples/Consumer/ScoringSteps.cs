using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Consumer;

/// <summary>The scoring step: read a framework and an assessment, score, print the index.</summary>
internal static class ScoringSteps
{
    public static void ScoreSample(string dataFolder)
    {
        var framework = FrameworkJson.Read(File.ReadAllBytes(Path.Combine(dataFolder, "framework-khoi-so.json")));
        var assessment = AssessmentJson.Read(File.ReadAllBytes(Path.Combine(dataFolder, "assessment-2025-snv.json")));
        Check.That(framework.IsValid, "the sample framework is valid");
        Check.That(assessment.IsValid, "the sample assessment is valid");

        var scorer = new Scorer(framework.Framework!);
        var card = scorer.Score(assessment.Assessment!);
        Console.WriteLine($"score: {card.Unit.Name} ({card.Unit.Code}) {card.Year}: {card.TotalPoints}/{card.ApplicableMaxPoints} points, index {card.IndexPercent} %, class {card.Class?.Label}");
        Check.That(card.IndexPercent is > 0m and <= 100m, "the index is a percentage above zero");
        Check.That(card.Class is not null, "the unit is classed");
        Check.That(card.Areas.Count == framework.Framework!.Areas.Count, "every area is scored");

        // The assessment written and read again scores the same.
        var again = AssessmentJson.Read(AssessmentJson.Write(assessment.Assessment!));
        Check.Equal(card.IndexPercent, scorer.Score(again.Assessment!).IndexPercent, "index after a JSON round trip");
    }
}
