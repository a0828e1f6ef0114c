using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Documents;

/// <summary>What reading one document gave: whether it is valid and every diagnostic.</summary>
/// <param name="IsValid">Whether the document was read and has no error (warnings allowed).</param>
/// <param name="Diagnostics">Every diagnostic.</param>
internal sealed record DocumentVerdict(bool IsValid, IReadOnlyList<Diagnostic> Diagnostics);
