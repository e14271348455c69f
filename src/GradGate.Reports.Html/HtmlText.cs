using System.Text;
using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>Puts any string into HTML (element text or a quoted attribute value) as literal text.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Markup characters as entities (<c>&amp; &lt; &gt; &quot; &#39;</c>), so no string from user code can open a tag, end an
    /// attribute or start a script; bidirectional controls as their visible <c>\uXXXX</c> escapes, so a name cannot show one
    /// thing and say another; other control characters but tab and line feed dropped, as are unpaired surrogates.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text!.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '\t' or '\n': escaped.Append(c); break;
                default:
                    if (BidiControls.Is(c))
                    {
                        escaped.Append(BidiControls.Escape(c));
                    }
                    else if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
