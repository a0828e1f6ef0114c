using System.Text.RegularExpressions;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Scoring;

public sealed partial class DocsTests
{
    [Fact]
    public void The_examples_of_docs_scoring_md_are_valid_and_score()
    {
        var docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Build.SamplePath("x"))!)!, "..", "docs", "scoring.md"));
        var blocks = JsonBlock().Matches(docs).Select(m => m.Groups["json"].Value).ToList();
        Assert.Equal(2, blocks.Count);

        var framework = FrameworkJson.Read(blocks[0]);
        Assert.True(framework.IsValid, string.Join("\n", framework.Diagnostics));
        Assert.Empty(framework.Diagnostics);
        var assessment = AssessmentJson.Read(blocks[1]);
        Assert.True(assessment.IsValid, string.Join("\n", assessment.Diagnostics));
        Assert.DoesNotContain(new AssessmentValidator(framework.Value!).Diagnose(assessment.Value!), d => d.Severity != DiagnosticSeverity.Info);

        // 1.1: 1; 1.2: 95 % → 0.75; 2: (120×100 + 60×60 + 15×20) / 200 = 79.5 % of 7.5 = 5.9625 → 5.96; penalty 0.5.
        var card = Scorer.Score(framework.Value!, assessment.Value!);
        Assert.Equal(7.71m, card.BasePoints);
        Assert.Equal(7.21m, card.TotalPoints);
        Assert.Equal(72.1m, card.IndexPercent);
        Assert.Equal("Trung bình", card.Class!.Label);
    }

    [GeneratedRegex("```json\\n(?<json>.*?)\\n```", RegexOptions.Singleline, 1000)]
    private static partial Regex JsonBlock();
}
