namespace Vigil.LoadTest;

/// <summary>What a run of manifests sends.</summary>
/// <param name="Manifests">The URL of <c>POST /api/v1/manifests</c>.</param>
/// <param name="Count">Manifests counted.</param>
/// <param name="Warmup">Manifests sent first, one at a time, and not counted.</param>
/// <param name="Concurrency">Manifests in flight at once while counting.</param>
internal sealed record ManifestLoadSettings(Uri Manifests, int Count, int Warmup, int Concurrency);
