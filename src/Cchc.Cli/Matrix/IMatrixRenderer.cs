using Cchc.Cli.Shell;

namespace Cchc.Cli.Matrix;

/// <summary>Writes a plan's responsibility matrix in one format.</summary>
internal interface IMatrixRenderer
{
    void Render(PlanMatrix matrix, TextWriter output, Language t);
}
