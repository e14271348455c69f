using System.Security.Cryptography;
using System.Text;

namespace GradGate.Gate.Replay;

/// <summary>
/// A SHA-256 over an ordered list of named parts, each length-prefixed so that no two different lists hash alike
/// ("ab" + "c" is not "a" + "bc").
/// </summary>
internal sealed class FingerprintBuilder : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public FingerprintBuilder Add(string name, string? value)
    {
        AddBytes(Encoding.UTF8.GetBytes(name));
        AddBytes(value is null ? [0xFF] : Encoding.UTF8.GetBytes(value));
        return this;
    }

    public FingerprintBuilder Add(string name, byte[] content)
    {
        AddBytes(Encoding.UTF8.GetBytes(name));
        AddBytes(content);
        return this;
    }

    public string Finish()
    {
        var digest = _hash.GetHashAndReset();
        var text = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public void Dispose() => _hash.Dispose();

    private void AddBytes(byte[] bytes)
    {
        _hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        _hash.AppendData(bytes);
    }
}
