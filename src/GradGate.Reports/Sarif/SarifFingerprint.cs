using System.Security.Cryptography;
using System.Text;

namespace GradGate.Reports.Sarif;

/// <summary>
/// What keeps an alert the same alert from one run to the next: the code, the check's id, the block and which of the
/// check's findings with that code and block it is, hashed. Not the line, the figures or the message, which change when
/// code above the check moves or the error shrinks, and would make code scanning close the alert and open a new one.
/// </summary>
internal static class SarifFingerprint
{
    /// <summary>The <c>partialFingerprints</c> key, versioned so that a change of recipe cannot match old alerts by accident.</summary>
    public const string Key = "gradgateFinding/v1";

    public static string Of(string code, string checkId, string? block, int occurrence)
    {
        var identity = string.Join("\u001f", code, checkId, block ?? "", occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
        return string.Concat(hash.Take(16).Select(value => value.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
