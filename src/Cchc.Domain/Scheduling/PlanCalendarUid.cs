using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Scheduling;

/// <summary>Stable identifiers of plan calendar entries: the same plan, task and part give the same UID on every run.</summary>
internal static class PlanCalendarUid
{
    /// <summary>16 hex digits of the SHA-256 of the plan's issuer, title, year and document number.</summary>
    public static string PlanKey(PlanHeader header)
    {
        var identity = string.Join('\u001f', header.Issuer, header.Title, header.Year.ToString(CultureInfo.InvariantCulture), header.DocumentNumber?.ToString() ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }

    /// <summary><c>{plan}-{kind}-{id}[-{part}]@cchc.domain</c>, ids percent-encoded outside [A-Za-z0-9._].</summary>
    public static string Of(string planKey, string kind, string id, string? part)
    {
        var builder = new StringBuilder(planKey).Append('-').Append(kind).Append('-');
        Encode(builder, id);
        if (part is not null)
        {
            builder.Append('-');
            Encode(builder, part);
        }

        return builder.Append("@cchc.domain").ToString();
    }

    private static void Encode(StringBuilder builder, string value)
    {
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'_')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
    }
}
