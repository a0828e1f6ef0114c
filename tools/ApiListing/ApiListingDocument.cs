using System.Reflection;
using System.Text;

namespace Cchc.ApiListing;

/// <summary>The Markdown document listing every public type and member of an assembly, sorted.</summary>
internal static class ApiListingDocument
{
    /// <summary>The command that regenerates docs/api.md, for the document and for failing tests.</summary>
    public const string RegenerateCommand = "dotnet run --project tools/ApiListing -- docs/api.md";

    /// <summary>Lists <paramref name="assembly"/>: one C# block per namespace, types and members sorted ordinally.</summary>
    public static string Generate(Assembly assembly)
    {
        var types = assembly.GetExportedTypes()
            .Where(t => !t.IsNested)
            .GroupBy(t => t.Namespace ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        var text = new StringBuilder();
        text.Append("# Public API of ").Append(assembly.GetName().Name).Append('\n')
            .Append('\n')
            .Append("Generated from the compiled assembly by tools/ApiListing; do not edit by hand. Every change to\n")
            .Append("the public surface shows here in review. After changing it (or merging a branch that does), run\n")
            .Append('\n')
            .Append("```sh\n").Append(RegenerateCommand).Append("\n```\n")
            .Append('\n')
            .Append("and commit the result; `tests/Cchc.ApiListing.Tests` fails while this file is out of date.\n");

        foreach (var group in types)
        {
            text.Append('\n').Append("## ").Append(group.Key).Append('\n').Append('\n').Append("```csharp\n");
            var first = true;
            foreach (var type in group.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                if (!first)
                {
                    text.Append('\n');
                }

                first = false;
                AppendType(text, type, "");
            }

            text.Append("```\n");
        }

        return text.ToString();
    }

    private static void AppendType(StringBuilder text, Type type, string indent)
    {
        text.Append(indent).Append(TypeDeclarations.Declare(type)).Append('\n');
        text.Append(indent).Append("{\n");
        foreach (var member in MemberDeclarations.Declare(type))
        {
            text.Append(indent).Append("    ").Append(member).Append('\n');
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            AppendType(text, nested, indent + "    ");
        }

        text.Append(indent).Append("}\n");
    }
}
