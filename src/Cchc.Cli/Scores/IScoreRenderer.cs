using Cchc.Cli.Shell;

namespace Cchc.Cli.Scores;

/// <summary>Writes a <see cref="ScoreReport"/> in one output format of <c>cchc score</c>.</summary>
internal interface IScoreRenderer
{
    void Render(ScoreReport report, TextWriter output, Language language);
}
