import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageQueryDto, type Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { PetitionAnswerPageDto, PetitionReceiptDto, PetitionStatusDto, SubmitPetitionDto, type PetitionAnswerDto } from './petition.dto';
import { PetitionsService } from './petitions.service';

@ApiTags('public')
@Controller()
@Public()
export class PublicPetitionsController {
  constructor(@Inject(PetitionsService) private readonly petitions: PetitionsService) {}

  @Post('public/petitions')
  @HttpCode(202)
  @ApiOperation({ summary: 'Petition about an issued document or some of its provisions (phản ánh, kiến nghị), no account needed. Limited to 5 petitions per 10 minutes per address.' })
  @ApiAcceptedResponse({ type: PetitionReceiptDto, description: 'Received; follow it with the tracking code.' })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`DOCUMENT_NOT_FOUND`: no issued document with that id or number.' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PETITION_TARGET_REQUIRED`, `PROVISION_UNKNOWN`, `DOCUMENT_NUMBER_AMBIGUOUS` (`candidates`), `PETITIONER_CONTACT_REQUIRED`, `VALIDATION_FAILED`.' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: '`TOO_MANY_PETITIONS` with Retry-After.' })
  submit(@Body() body: SubmitPetitionDto, @Ctx() context: RequestContext): Promise<PetitionReceiptDto> {
    return this.petitions.submit(body, context);
  }

  @Get('public/petitions/:trackingCode')
  @ApiOperation({ summary: 'Where a petition stands and, once published, its answer; never the petition’s text or anyone’s details.' })
  @ApiOkResponse({ type: PetitionStatusDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`PETITION_NOT_FOUND` (also for a mistyped code).' })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  status(@Param('trackingCode') trackingCode: string, @Ctx() context: RequestContext): Promise<PetitionStatusDto> {
    return this.petitions.status(trackingCode, context);
  }

  @Get('documents/:id/petition-answers')
  @ApiTags('documents')
  @ApiOperation({ summary: 'Published answers to petitions about an issued document, personal data masked.' })
  @ApiOkResponse({ type: PetitionAnswerPageDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  answers(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQueryDto): Promise<Page<PetitionAnswerDto>> {
    return this.petitions.answers(id, query);
  }
}
