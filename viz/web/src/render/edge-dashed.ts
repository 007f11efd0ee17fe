/**
 * A dashed straight-edge WebGL program for sigma v3 (sigma has no dashed edges; see
 * jacomyal/sigma.js#1497). Same quad as a rectangle edge, plus the distance along the edge in
 * screen pixels, so the fragment shader can drop every other 5-pixel stretch. Picking draws the
 * full quad, so a dashed edge is as easy to click as a solid one.
 */
import { EdgeProgram, createEdgeCompoundProgram, EdgeArrowHeadProgram, type ProgramInfo } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform vec2 u_resolution;
varying vec4 v_color;
varying float v_along;
void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = mix(a_positionStart, a_positionEnd, a_positionCoef);
  float normalLength = length(normal);
  vec2 unitNormal = normal / max(normalLength, 1e-6);
  float thickness = max(normalLength, u_minEdgeThickness * u_sizeRatio) * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * thickness, 1.0)).xy, 0.0, 1.0);
  vec2 s = (u_matrix * vec3(a_positionStart, 1.0)).xy;
  vec2 e = (u_matrix * vec3(a_positionEnd, 1.0)).xy;
  v_along = a_positionCoef * length((e - s) * u_resolution * 0.5);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= 255.0 / 254.0;
}`;

const FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_along;
void main(void) {
  #ifndef PICKING_MODE
  if (mod(v_along, 10.0) > 6.0) discard;
  #endif
  gl_FragColor = v_color;
}`;

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_minEdgeThickness', 'u_resolution'] as const;
type Uniform = (typeof UNIFORMS)[number];

export class EdgeDashedProgram extends EdgeProgram<Uniform> {
  getDefinition() {
    const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const len = Math.hypot(dx, dy);
    const t = data.size || 1;
    const a = this.array;
    a[startIndex++] = source.x;
    a[startIndex++] = source.y;
    a[startIndex++] = target.x;
    a[startIndex++] = target.y;
    a[startIndex++] = len ? (-dy / len) * t : 0;
    a[startIndex++] = len ? (dx / len) * t : 0;
    a[startIndex++] = floatColor(data.color);
    a[startIndex++] = edgeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform2f(u.u_resolution, params.width, params.height);
  }
}

/** Dashed body with sigma's arrow head: negated relationships keep their direction. */
export const EdgeDashedArrowProgram = createEdgeCompoundProgram([EdgeDashedProgram, EdgeArrowHeadProgram]);
