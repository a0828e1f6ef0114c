using System.Text.RegularExpressions;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using FsCheck.Fluent;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Scoring;

/// <summary>The sample documents with numbers and dates replaced by extreme values: reading, validating, scoring and ranking never throw.</summary>
public sealed partial class ScoringRobustnessTests
{
    private static readonly string[] Extremes =
    [
        "0", "-1", "0.5", "100", "101", "1000001", "2147483647", "-2147483648", "0.0000000000000000000000000001",
        "79228162514264337593543950335", "-79228162514264337593543950335", "39614081257132168796771975168",
    ];

    private static readonly string[] Dates = ["\"0001-01-01\"", "\"9999-12-31\"", "\"9999-12-25\"", "\"2199-12-31\"", "\"2000-01-01\""];

    private static readonly string FrameworkText = File.ReadAllText(Build.SamplePath("framework-khoi-so.json"));

    private static readonly string[] AssessmentTexts = [.. FrameworkJsonSamples.AssessmentFiles.Select(f => File.ReadAllText(Build.SamplePath(f)))];

    [Fact]
    public void Extreme_numbers_and_dates_never_make_the_library_throw() =>
        PropertyCheck.ForAll(Gen.Choose(0, int.MaxValue - 1), seed =>
        {
            var random = new Random(seed);
            var framework = FrameworkJson.Read(Mutate(FrameworkText, random)).Value;
            if (framework is null)
            {
                return;
            }

            var scorer = new Scorer(framework, new ScoringOptions { Calendar = WorkingDayGrace.Default });
            var cards = new List<ScoreCard>();
            foreach (var text in AssessmentTexts)
            {
                if (AssessmentJson.Read(Mutate(text, random)).Value is { } assessment)
                {
                    _ = new AssessmentValidator(framework).Diagnose(assessment);
                    var card = scorer.Score(assessment);
                    _ = card.ToText();
                    cards.Add(card);
                }
            }

            _ = Ranking.Rank(cards, framework);
        }, maxTest: 500);

    /// <summary>Replaces one to three numbers or dates of <paramref name="json"/> with extreme ones.</summary>
    private static string Mutate(string json, Random random)
    {
        var numbers = Number().Matches(json);
        var dates = Date().Matches(json);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var useDate = dates.Count > 0 && random.Next(4) == 0;
            var match = useDate ? dates[random.Next(dates.Count)] : numbers[random.Next(numbers.Count)];
            var replacement = useDate ? Dates[random.Next(Dates.Length)] : Extremes[random.Next(Extremes.Length)];
            json = string.Concat(json.AsSpan(0, match.Index), replacement, json.AsSpan(match.Index + match.Length));
            numbers = Number().Matches(json);
            dates = Date().Matches(json);
        }

        return json;
    }

    [GeneratedRegex(@"(?<=[:\[,]\s*)-?\d+(\.\d+)?(?=\s*[,\]}])")]
    private static partial Regex Number();

    [GeneratedRegex(@"""\d{4}-\d{2}-\d{2}""")]
    private static partial Regex Date();
}
