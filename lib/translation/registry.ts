import type {
  DelegatingEngineV1,
  EngineAvailability,
  EngineDescription,
  SpecificationVersion,
  TranslationEngine,
} from "./engine-spec";
import { NoSuchEngineError, UnsupportedSpecificationVersionError } from "./errors";

/** Versions of the engine contract this registry can drive. */
const SUPPORTED_SPECIFICATION_VERSIONS: readonly SpecificationVersion[] = ["v1"];

/** True for an engine that picks another one per request (`auto`). */
export function isDelegatingEngine(engine: TranslationEngine): engine is DelegatingEngineV1 {
  return engine.delegates === true;
}

/** Throws when an engine was written against a contract version this registry does not know. */
export function checkSpecificationVersion(engine: {
  engineId: string;
  specificationVersion: string;
}) {
  if (
    !(SUPPORTED_SPECIFICATION_VERSIONS as readonly string[]).includes(engine.specificationVersion)
  )
    throw new UnsupportedSpecificationVersionError(
      engine.engineId,
      engine.specificationVersion,
      SUPPORTED_SPECIFICATION_VERSIONS,
    );
}

/** Builds an engine of one family for a model id (undefined means the family's default model). */
export type EngineFactory = (modelId: string | undefined) => TranslationEngine;

export interface EngineRegistry {
  /** Engine family ids in registration order, e.g. `["gloss", "openai"]`. */
  readonly engineIds: readonly string[];
  /** Id used when a request names no engine. */
  readonly defaultId: string;
  /**
   * Resolves `"engine"` or `"engine:model"` to an engine instance, reusing the instance for
   * the same id so that per-engine state (loaded models, connection pools) is kept.
   * Throws `NoSuchEngineError`, listing the engines that exist, for an unknown family, and
   * `UnsupportedSpecificationVersionError` for an engine written against an unknown contract.
   */
  resolve(id?: string): TranslationEngine;
  /** Every family's default engine with its availability, for `GET /api/engines`. */
  describeAll(): Promise<(EngineDescription & EngineAvailability)[]>;
}

export function parseEngineId(id: string): { engineId: string; modelId: string | undefined } {
  const separator = id.indexOf(":");
  if (separator === -1) return { engineId: id.trim(), modelId: undefined };
  const modelId = id.slice(separator + 1).trim();
  return { engineId: id.slice(0, separator).trim(), modelId: modelId === "" ? undefined : modelId };
}

export function describeEngine(engine: TranslationEngine): EngineDescription {
  return {
    id: `${engine.engineId}:${engine.modelId}`,
    engineId: engine.engineId,
    modelId: engine.modelId,
    kind: engine.kind,
    quality: engine.quality,
    languagePairs: engine.languagePairs.map((pair) => ({ ...pair })),
    limits: { ...engine.limits },
  };
}

export function createEngineRegistry(options: {
  engines: Record<string, EngineFactory>;
  defaultId: string;
}): EngineRegistry {
  const engineIds = Object.keys(options.engines);
  const instances = new Map<string, TranslationEngine>();

  const resolve = (id: string = options.defaultId): TranslationEngine => {
    const { engineId, modelId } = parseEngineId(id);
    const factory = Object.hasOwn(options.engines, engineId)
      ? options.engines[engineId]
      : undefined;
    if (factory === undefined) throw new NoSuchEngineError(id, engineIds);
    const key = `${engineId}:${modelId ?? ""}`;
    let engine = instances.get(key);
    if (engine === undefined) {
      engine = factory(modelId);
      checkSpecificationVersion(engine);
      instances.set(key, engine);
    }
    return engine;
  };

  return {
    engineIds,
    defaultId: options.defaultId,
    resolve,
    async describeAll() {
      // An engine that cannot be resolved (written against an unknown contract version) is left
      // out of the list; naming it in a request still gets its typed error.
      const engines = engineIds.flatMap((engineId) => {
        try {
          return [resolve(engineId)];
        } catch (error) {
          if (error instanceof UnsupportedSpecificationVersionError) return [];
          throw error;
        }
      });
      return Promise.all(
        engines.map(async (engine) => {
          const availability = await engine.checkAvailability().catch((): EngineAvailability => ({
            available: false,
            reason: "Availability check failed.",
          }));
          return { ...describeEngine(engine), ...availability };
        }),
      );
    },
  };
}
