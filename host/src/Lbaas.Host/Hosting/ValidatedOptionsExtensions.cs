using Microsoft.Extensions.Options;

namespace Lbaas.Host.Hosting;

/// <summary>Registers a settings section bound to its options class and checked by its validator when the host starts.</summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>Binds <paramref name="section"/> to <typeparamref name="TOptions"/>, validated at startup by <typeparamref name="TValidator"/>.</summary>
    /// <typeparam name="TOptions">The options class.</typeparam>
    /// <typeparam name="TValidator">Its validator; a bad value stops startup with a message naming the key.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section, for example <c>configuration.GetSection("Lbaas:Api")</c>.</param>
    /// <returns>The options builder, for more configuration.</returns>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
    }
}
