import { IsnadError } from './errors.js';
import type { LayerName, Layers } from './layers.js';
import type { Diagnostic, DocumentInput } from './types.js';

/** What a stage sees: the input and exactly the layers it declared it needs. */
export interface StageInput<N extends LayerName> {
  readonly input: Readonly<DocumentInput>;
  readonly text: string;
  readonly layers: Readonly<Pick<Layers, N>>;
}

export interface StageOutput<A extends LayerName> {
  layers: Pick<Layers, A>;
  diagnostics?: Diagnostic[];
}

/**
 * A pipeline stage: a pure function from the layers it needs to the layers it
 * adds. The declarations are checked when a pipeline is built.
 */
export interface Stage<N extends LayerName = LayerName, A extends LayerName = LayerName> {
  readonly name: string;
  readonly needs: readonly N[];
  readonly adds: readonly A[];
  run(doc: StageInput<N>): StageOutput<A>;
}

// The pipeline stores stages of any shape; `defineStage` keeps each typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;

export function defineStage<N extends LayerName, A extends LayerName>(stage: Stage<N, A>): Stage<N, A> {
  return stage;
}

/** The result of running a pipeline over one document. */
export interface AnalysedDocument {
  readonly input: Readonly<DocumentInput>;
  readonly text: string;
  readonly layers: Readonly<Partial<Layers>>;
  readonly diagnostics: readonly Diagnostic[];
}

export class Pipeline {
  readonly stages: readonly AnyStage[];

  private constructor(stages: readonly AnyStage[]) {
    this.stages = stages;
  }

  /**
   * Checks that every stage's needs are added by an earlier stage and that no
   * layer is added twice; throws naming the stage and the missing layer.
   */
  static build(stages: readonly AnyStage[]): Pipeline {
    const added = new Map<LayerName, string>();
    for (const stage of stages) {
      for (const need of stage.needs as LayerName[]) {
        if (!added.has(need)) {
          throw new IsnadError(
            'PIPELINE_MISSING_LAYER',
            `stage "${stage.name}" needs layer "${need}", which no earlier stage adds`,
          );
        }
      }
      for (const layer of stage.adds as LayerName[]) {
        const previous = added.get(layer);
        if (previous !== undefined) {
          throw new IsnadError(
            'PIPELINE_DUPLICATE_LAYER',
            `stage "${stage.name}" adds layer "${layer}", which stage "${previous}" already adds`,
          );
        }
        added.set(layer, stage.name);
      }
    }
    return new Pipeline(stages);
  }

  /** Layers the pipeline provides, in order. */
  provides(): LayerName[] {
    return this.stages.flatMap((s) => [...(s.adds as LayerName[])]);
  }

  /**
   * Runs every stage. A stage that throws becomes a diagnostic; stages that
   * need a layer it failed to add are skipped, so one bad document never
   * stops a batch.
   */
  run(input: DocumentInput): AnalysedDocument {
    const layers: Partial<Layers> = {};
    const diagnostics: Diagnostic[] = [];
    for (const stage of this.stages) {
      const missing = (stage.needs as LayerName[]).filter((n) => layers[n] === undefined);
      if (missing.length > 0) {
        diagnostics.push({
          code: 'STAGE_SKIPPED',
          stage: stage.name,
          message: `skipped: layer ${missing.map((m) => `"${m}"`).join(', ')} is missing`,
        });
        continue;
      }
      try {
        const out = stage.run({ input, text: input.text, layers: layers as Layers });
        Object.assign(layers, out.layers);
        if (out.diagnostics) for (const d of out.diagnostics) diagnostics.push({ stage: stage.name, ...d });
      } catch (e) {
        diagnostics.push({
          code: 'STAGE_FAILED',
          stage: stage.name,
          message: e instanceof Error ? e.message : String(e),
        });
      }
    }
    return { input, text: input.text, layers, diagnostics };
  }
}
