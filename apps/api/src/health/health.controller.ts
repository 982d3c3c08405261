import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { ProblemDto } from '../common/problem/problem.dto';
import { ProblemException } from '../common/problem/problem.exception';
import { type DependencyCheck, HealthService } from './health.service';

class LivenessDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty() uptimeSeconds!: number;
}

class DependencyCheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty() latencyMs!: number;
  @ApiProperty({ required: false }) error?: string;
}

class ReadinessDto {
  @ApiProperty({ example: 'ready' }) status!: 'ready';
  @ApiProperty({ type: Object, additionalProperties: { $ref: getSchemaPath(DependencyCheckDto) } })
  checks!: Record<string, DependencyCheck>;
}

@ApiTags('health')
@ApiExtraModels(DependencyCheckDto)
@Controller('health')
@Public()
export class HealthController {
  constructor(@Inject(HealthService) private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers. Checks no dependency.' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Temporal and Meilisearch all answer. 503 names what is down.' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ProblemDto, description: '`down` lists the failing dependencies; `checks` has the detail.' })
  async ready(): Promise<ReadinessDto> {
    const checks = await this.health.check();
    const down = Object.entries(checks)
      .filter(([, check]) => check.status === 'down')
      .map(([name]) => name);
    if (down.length > 0) {
      throw new ProblemException(503, 'DEPENDENCY_DOWN', `Not ready: ${down.join(', ')} ${down.length === 1 ? 'is' : 'are'} down.`, undefined, { down, checks }, { 'Retry-After': '5' });
    }
    return { status: 'ready', checks };
  }
}
