namespace Cchc.Domain.Diagnostics;

/// <summary>The diagnostic of rules that users add to the library's validators (code CCHC9001).</summary>
internal static class UserRuleDiagnostics
{
    /// <summary>CCHC9001: a rule of a user's own validator failed; its message is the rule's message, its severity the rule's.</summary>
    public static DiagnosticDescriptor UserRule { get; } = new(
        DiagnosticCodes.UserRule, DiagnosticSeverity.Error, "Rule of a user-defined validator",
        "{0}",
        "{0} (quy tắc do người dùng định nghĩa)");

    /// <summary>All descriptors of this catalogue.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [UserRule];
}
