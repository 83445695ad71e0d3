namespace Vigil.Screening.Access;

/// <summary>An API key with the salted hash of its secret, as the store keeps it.</summary>
/// <param name="Key">The key.</param>
/// <param name="Salt">The random salt.</param>
/// <param name="SecretHash">SHA-256 of the salt followed by the secret's UTF-8 bytes.</param>
public sealed record StoredAccessKey(AccessKey Key, byte[] Salt, byte[] SecretHash);
