using System.Text.RegularExpressions;

namespace Cchc.Domain.Tests.Samples;

/// <summary>
/// The samples keep the seeds' words: every task title, deadline phrase, target sentence, duty and
/// citation of a sample stands verbatim in its seed text (samples/seeds), up to line breaks, spacing
/// (also inside parentheses) and markdown emphasis. A transcription slip or an "improved" wording fails here.
/// </summary>
public sealed partial class SeedFidelityTests
{
    public static TheoryData<string, string, string> Texts()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in SamplePlans.All())
        {
            var plan = SamplePlans.Load(file).Plan;
            var texts = plan.AllTasks.SelectMany(x => new[] { ("task title", x.Task.Title), ("deadline", x.Task.Deadline?.Text) })
                .Concat(plan.AllTargets.Select(t => ("target", (string?)t.Text)))
                .Concat(plan.Assignments.Select(a => ("duty", a.Duty)))
                .Concat(plan.AllLegalReferences.Select(r => ("citation", (string?)r.Text)));
            foreach (var (what, text) in texts.Where(t => t.Item2 is not null).Distinct())
            {
                data.Add(file, what, text!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_text_of_a_sample_stands_in_its_seed(string sample, string what, string text)
    {
        var seed = Normalize(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "seeds", SeedOf(sample))));
        Assert.True(seed.Contains(Normalize(text), StringComparison.Ordinal), $"{sample}: the {what} \"{text}\" is not in the seed");
    }

    private static string SeedOf(string sample) =>
        Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "samples", "seeds"), sample[..3] + "_*.txt").Select(Path.GetFileName).Single()!;

    private static string Normalize(string text) =>
        Spaces().Replace(Markup().Replace(text, " "), " ").Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\*\*|(?<!\w)\*|\*(?!\w)|<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
