namespace Lbaas.Sdk.Grpc;

/// <summary>Configures the gRPC clients of the provider contract.</summary>
public sealed class GrpcClientOptions
{
    /// <summary>Gets or sets the deadline of each call; <see langword="null"/> relies on the caller's token alone.</summary>
    /// <remarks>A call past its deadline fails with <see cref="TimeoutException"/>.</remarks>
    public TimeSpan? CallTimeout { get; set; }

    /// <summary>Gets or sets the clock deadlines are computed from.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the name of the remote side used in error messages; defaults to the channel target.</summary>
    public string? Target { get; set; }
}
