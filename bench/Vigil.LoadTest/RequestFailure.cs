namespace Vigil.LoadTest;

/// <summary>Why a request got no HTTP response.</summary>
internal enum RequestFailure : byte
{
    /// <summary>It got one.</summary>
    None = 0,

    /// <summary>No response within the request timeout (waiting for a connection included).</summary>
    Timeout = 1,

    /// <summary>The connection could not be made, or was closed or reset before the response.</summary>
    Connection = 2,

    /// <summary>Anything else: a malformed response, a response too large.</summary>
    Other = 3,
}
