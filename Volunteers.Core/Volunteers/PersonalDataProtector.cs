using System.Security.Cryptography;
using System.Text;

namespace Volunteers.Core.Volunteers;

/// <summary>Encrypts ID numbers at rest (AES-256-GCM) and derives the keyed hash that finds them without decrypting.</summary>
public sealed class PersonalDataProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(byte[] dataKey)
    {
        if (dataKey.Length != 32) throw new ArgumentException("The data key must be 32 bytes (256 bits), given as base64.", nameof(dataKey));
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, info: "volunteers id-number encryption"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, info: "volunteers id-number lookup"u8.ToArray());
    }

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public string Encrypt(string plain)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var output = new byte[NonceSize + plainBytes.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plainBytes, output.AsSpan(NonceSize, plainBytes.Length), output.AsSpan(NonceSize + plainBytes.Length));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string cipher)
    {
        var input = Convert.FromBase64String(cipher);
        var length = input.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string LookupHash(string normalizedIdNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(normalizedIdNumber)));
}
